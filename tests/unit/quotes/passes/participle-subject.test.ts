// The `participle-subject` pass: a participle or coordinated cue takes the subject of its clause.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import { participleSubject } from '../../../../src/pipeline/quotes/passes/participle-subject.ts';
import { sentenceOf } from './sentence-of.ts';

const PASSES = { participleSubject };

describe('participle-subject', () => {
  it.each([
    [
      'participleSubject',
      'Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”',
      'Trump',
      'participle-subject',
    ],
    [
      'participleSubject',
      'But a few days later, Trump reversed himself yet again, telling CBS that the laws on abortion “are set… And I think we have to leave it that way.”',
      'Trump',
      'participle-subject',
    ],
    [
      'participleSubject',
      'As the crowd began to chant, Silverman was joined on stage again by Minnesota Sen. Al Franken and joked, “Bernie or Bust people, you’re being ridiculous,” drawing loud jeers and “BERNIE!” chants.',
      'Silverman',
      'participle-subject',
    ],
    [
      'participleSubject',
      'There have been more-pointed references, such as when Cruz knocked Rubio on trade and called him a "moderate," a subtle dig at a candidate who came into office as a tea party darling.',
      'Cruz',
      'participle-subject',
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
