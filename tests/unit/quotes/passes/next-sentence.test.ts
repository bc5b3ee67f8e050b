// The `next-sentence` pass: a short sentence after the quote that only attributes it.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import { nextSentence } from '../../../../src/pipeline/quotes/passes/next-sentence.ts';
import { sentenceOf } from './sentence-of.ts';
import { quotesOf as run } from '../quotes-of.ts';

const PASSES = { nextSentence };

describe('next-sentence', () => {
  it.each([
    [
      'nextSentence',
      'Not long after Trump tweeted the famed fascist’s quote, NBC’s Chuck Todd asked the GOP frontrunner about the Twitter kerfuffle. “Did you know it was Mussolini?” Todd asked the real estate mogul.',
      'Todd',
      'next-sentence',
    ],
    [
      'nextSentence',
      '“Mason let me tell you, how big is that wall going to be?” Pence said in response. “As big as it needs to be.”',
      'Pence',
      'next-sentence',
    ],
    [
      'nextSentence',
      '“Have I started writing my inauguration speech, as opposed to the speech I have to give tomorrow?” Sanders replied. “Look, the answer is yes. It is a very sobering thing to be thinking about oneself as president of the United States and the enormous responsibilities that go with that.”',
      'Sanders',
      'next-sentence',
    ],
    [
      'nextSentence',
      '“I think one has to ask, is this a priority for the two of them because it’s an election year or if it’s because something they truly believe in?” O’Malley said at a press conference, according to the Las Vegas Sun.',
      'O’Malley',
      'next-sentence',
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
describe('a second quotation in a paragraph', () => {
  it('with its own cue does not carry the first one’s speaker over (`Maddow repeated`)', () => {
    const quotes = run(
      '"Well, yes. I’m going to — I’m going to look at a lot of different people…" Clinton said. "Grizzly Adams?" Maddow repeated.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Clinton', 'Maddow']);
  });
});
