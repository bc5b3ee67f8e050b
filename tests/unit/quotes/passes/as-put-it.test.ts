// The `as-put-it` pass: `As X put it, “…”`, and after the quote `“…,” as X put it`.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import { asPutIt, asPutItAfter } from '../../../../src/pipeline/quotes/passes/as-put-it.ts';
import { sentenceOf } from './sentence-of.ts';
import { quotesOf as run } from '../quotes-of.ts';

const PASSES = { asPutIt, asPutItAfter };

describe('as-put-it', () => {
  it.each([
    [
      'asPutIt',
      '~ As Vulture put it, “Hello, it’s the Biebs.” Justin Bieber has finally dethroned Adele on the Billboard Hot 100.',
      'Vulture',
      'as-put-it',
    ],
    [
      'asPutIt',
      'As The Post\'s Dana Milbank puts it, "Senate Republicans are unmoved, and liberal activists are uninspired."',
      'Dana Milbank',
      'as-put-it',
    ],
    [
      'asPutItAfter',
      'But they could at least rely on one "secret weapon", as one activist put it - Tory leader Michael Howard.',
      'one activist',
      'as-put-it',
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
describe('`As X put it`', () => {
  it('reads past an appositive (`As John Cornyn, the No. 2 in the GOP leadership, put it:`)', () => {
    const quotes = run(
      'Only half a dozen Senate Republicans, of 54 total, even expressed a willingness to take a courtesy meeting with Garland. As John Cornyn, the No. 2 in the GOP leadership, put it: "This person will not be confirmed."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'John Cornyn', cue: 'put it' });
  });
});

describe('`As X puts it`', () => {
  it('reads a writer named after an outlet’s possessive (`As The Post’s Ruth Marcus puts it,`)', () => {
    const quotes = run(
      'As The Post’s Ruth Marcus puts it, Obama is trying to make Republicans "an offer they can’t afford to refuse."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Ruth Marcus', cue: 'puts it' });
  });
});
