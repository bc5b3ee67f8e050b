// The `participle-opener` pass: a quote inside an opening participial phrase is the main clause subject’s.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import { participleOpener } from '../../../../src/pipeline/quotes/passes/participle-opener.ts';
import { sentenceOf } from './sentence-of.ts';
import { quotesOf as run } from '../quotes-of.ts';

const PASSES = { participleOpener };

describe('participle-opener', () => {
  it.each([
    [
      'participleOpener',
      'Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest that the real estate mogul’s wealth does give him a unique advantage.',
      'Allen',
      'participle-opener',
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

// End to end: the whole pipeline on paragraphs of real articles where this pass attributes the
// quote (PolNeAR training split unless marked BBC); many check how the mention is resolved.
describe('a quotation inside an opening participial phrase', () => {
  it('is the main clause subject’s (`Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest`)', () => {
    const quotes = run(
      'Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest that the real estate mogul’s wealth does give him a unique advantage.',
    );
    expect(quotes[0]?.speaker).toBe('Allen');
  });
});
