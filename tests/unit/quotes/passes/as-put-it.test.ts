// The `as-put-it` pass: `As X put it, “…”`.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import { asPutIt } from '../../../../src/pipeline/quotes/passes/as-put-it.ts';
import { sentenceOf } from './sentence-of.ts';

const PASSES = { asPutIt };

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
