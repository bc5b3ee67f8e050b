import { describe, expect, it } from 'vitest';
import { compareChronologically } from '../../../src/corpus/chronology.ts';
import { linkQuoteVariants } from '../../../src/corpus/quote-variants.ts';
import type { Entry, Quote } from '../../../src/schemas/entry.ts';
import { makeEntry } from '../entry-fixture.ts';

/** Quotes of the BBC corpus (verbatim), each reported again below in other words. */
const BBC = [
  'Whether it be a good product or a bad product, he was selling a product.',
  'To be honest, England have wanted to win in Dubai for a very long time now, and the people here have wanted us to win for just as long,',
  "We are certainly not on the decline. You lose one game and it doesn't make you a bad team.",
  'But if we can under-perform and lose by only two points then I am sure if we play well this week we will get the win we need.',
  'This was a band that wanted to lay claim to this world and the next one, too,',
  'The price differences between indoor and outdoor lots are unreasonable,',
];

function quote(id: string, text: string, speaker: string | null = null): Quote {
  return {
    id,
    block: 'p1',
    start: 0,
    end: text.length,
    text,
    speaker,
    speakerId: null,
    speakerName: speaker,
    speakerMention: null,
    cue: null,
    via: null,
    relay: null,
    fragment: false,
    utterance: null,
    variantOf: null,
  };
}

/** `text` with every `step`th word dropped from `from` on (another outlet's shorter report). */
function reworded(text: string, step: number, from = 1): string {
  return text
    .split(' ')
    .filter((_, k) => k < from || (k - from) % step !== 0)
    .join(' ');
}

const STOP = new Set(
  'the a an and or but of to in on at for with by from as is are was were be been it its that this we i you he she they not will would'.split(
    ' ',
  ),
);
function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .match(/\p{L}+/gu) ?? [])
    if (!STOP.has(w)) out.add(w.replace(/(?<=.{4})(?:s|ss)$/, ''));
  return out;
}

/** The variants as first written: every earlier quote sharing a word counted against each. */
function everyPosting(entries: readonly Entry[], maxPostings: number): Map<string, string | null> {
  const items: Array<{ quote: Quote; entry: string; words: Set<string> }> = [];
  const index = new Map<string, number[]>();
  const out = new Map<string, string | null>();
  const variantOf = new Map<string, string | null>();
  for (const e of [...entries].sort(compareChronologically))
    for (const q of e.quotes) {
      const ws = words(q.text);
      out.set(q.id, null);
      if (ws.size < 4) continue;
      const shared = new Map<number, number>();
      for (const w of ws) {
        const postings = index.get(w);
        if (!postings || postings.length > maxPostings) continue;
        for (const i of postings) shared.set(i, (shared.get(i) ?? 0) + 1);
      }
      let best: { i: number; score: number } | undefined;
      for (const [i, n] of shared) {
        const other = items[i]!;
        if (other.entry === e.id || n < 4) continue;
        if (q.speaker && other.quote.speaker && q.speaker !== other.quote.speaker) continue;
        const score = n / (ws.size + other.words.size - n);
        if (score >= 0.5 && (!best || score > best.score)) best = { i, score };
      }
      const head = best ? items[best.i]!.quote : null;
      const v = head ? (variantOf.get(head.id) ?? head.id) : null;
      variantOf.set(q.id, v);
      out.set(q.id, v);
      const at = items.push({ quote: q, entry: e.id, words: ws }) - 1;
      for (const w of ws) index.set(w, [...(index.get(w) ?? []), at]);
    }
  return out;
}

/** Articles reporting the BBC quotes, each in several wordings and by several speakers. */
function corpus(): Entry[] {
  const entries: Entry[] = [];
  for (let day = 1; day <= 9; day++)
    entries.push(
      makeEntry(`a${day}`, {
        date: `2005-01-0${day}`,
        quotes: BBC.map((text, k) =>
          quote(
            `a${day}-q${k}`,
            day === 1 ? text : reworded(text, 2 + ((day + k) % 4), day % 3),
            k % 2 === 0 ? null : day % 2 === 0 ? 'Andy Robinson' : 'Chris Hynde',
          ),
        ),
      }),
    );
  return entries;
}

describe('linkQuoteVariants', () => {
  it('links a quote reworded by a later article to the first wording', () => {
    const first = makeEntry('first', {
      date: '2005-01-01',
      quotes: [quote('q1', BBC[1]!)],
    });
    const later = makeEntry('later', {
      date: '2005-01-03',
      quotes: [quote('q2', reworded(BBC[1]!, 5))],
    });
    linkQuoteVariants([later, first]);
    expect(later.quotes[0]!.variantOf).toBe('q1');
    expect(first.quotes[0]!.variantOf).toBeNull();
  });

  it('does not link quotes of different speakers or of one article', () => {
    const one = makeEntry('one', {
      date: '2005-01-01',
      quotes: [quote('q1', BBC[3]!, 'Andy Robinson'), quote('q2', BBC[3]!, 'Andy Robinson')],
    });
    const other = makeEntry('other', {
      date: '2005-01-02',
      quotes: [quote('q3', BBC[3]!, 'Chris Hynde')],
    });
    linkQuoteVariants([one, other]);
    expect([one, other].flatMap((e) => e.quotes.map((q) => q.variantOf))).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('finds what counting every earlier quote sharing a word finds', () => {
    const entries = corpus();
    const expected = everyPosting(entries, 400);
    linkQuoteVariants(entries);
    const got = new Map(entries.flatMap((e) => e.quotes.map((q) => [q.id, q.variantOf])));
    expect(got).toEqual(expected);
    const linked = [...got.values()].filter(Boolean).length;
    expect(linked).toBeGreaterThan(10);
    expect(linked).toBeLessThan(got.size);
  });
});
