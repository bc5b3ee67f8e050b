// The `subject` pass: no cue: the sentence’s subject, when the article names that person.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import { subject } from '../../../../src/pipeline/quotes/passes/subject.ts';
import { sentenceOf } from './sentence-of.ts';

const PASSES = { subject };

describe('subject', () => {
  it.each([
    [
      'subject',
      'Tony Blair has hailed a deal bringing Turkey a step closer to EU membership as important for the world\'s future "peace and prosperity".',
      'Tony Blair',
      'subject',
    ],
    [
      'subject',
      'Corey Lewandowski, Donald Trump’s fired campaign manager, ripped FBI Director James Comey for acting as “the judge and the jury” in his handling of the bureau’s probe of Hillary Clinton’s email habits.',
      'Corey Lewandowski',
      'subject',
    ],
    [
      'subject',
      'Sanders is capitalizing in part on the fact that he represents a neighboring state, Vermont, though his campaign has been fueled more by widespread discontent with the political system among many liberals and the enthusiasm of young voters for the promise of a "political revolution."',
      'Sanders',
      'subject',
    ],
    [
      'subject',
      'Celebrating Clinton "turning [Obama] around," apparently on Libya.',
      'Celebrating Clinton',
      'subject',
    ],
  ] as const)('%s finds the speaker in %s', (pass, text, mention, rule) => {
    expect(PASSES[pass](sentenceOf(text))).toMatchObject({ mention, rule });
  });

  it.each([
    ['A reporter for Agence France-Presse called it "absolute chaos."'],
    [
      'Suggestions that "outsourcing" - relocating call centres to low-cost countries like India or South Africa - is to blame are wrong, Ms Diemont says.',
    ],
    [
      '“Until you’ve sat at that desk, you don’t know what it’s like to manage a global crisis or send young people to war,” he will say. “But Hillary’s been in the room; she’s been part of those decisions.”',
    ],
  ])('finds nothing in another shape: %s', (text) => {
    const s = sentenceOf(text);
    for (const pass of Object.values(PASSES)) expect(pass(s)).toBeUndefined();
  });
});
