/**
 * The same quotation reported by different articles in different words (seed 000: "liberate
 * Donbas and Novorossiya in any case – by military or other means"; seed 001: "will liberate
 * Donbass and Novorossia in any case, by military or other means"). Quotes of one speaker that
 * share enough words are grouped; every later one gets `variantOf` = the first one's id. Candidate
 * pairs come from an index of shared words, so the work grows with the matches, not all pairs.
 */
import { compareChronologically } from './chronology.ts';
import type { Entry, Quote } from '../schemas/entry.ts';

/** Word-set Jaccard similarity at which two quotes are the same words reported twice. */
const SAME_WORDS = 0.5;
const MIN_WORDS = 4;
const MAX_POSTINGS = 400;
// A short list of its own, not the article-similarity stopwords (`term-vectors.ts`): quotes are
// short, and with that longer list a sentence quoted word for word by two articles ("What they
// need is their office when they are out of the office.") keeps too few words to be matched.
const STOP = new Set(
  'the a an and or but of to in on at for with by from as is are was were be been it its that this we i you he she they not will would'.split(
    ' ',
  ),
);

/** Sets `variantOf` on quotes that reword an earlier article's quote. */
export function linkQuoteVariants(entries: readonly Entry[]): void {
  const ordered = [...entries].sort(compareChronologically);
  const items: Array<{ quote: Quote; entry: string; words: Set<string> }> = [];
  const index = new Map<string, number[]>();
  // Words shared with each earlier quote, and the quotes touched, in order of first touch
  // (counters in a typed array: a Map here was most of the time at 10,000 articles).
  const sharedWords = new Int32Array(entries.reduce((n, e) => n + e.quotes.length, 0));
  const touched: number[] = [];
  for (const e of ordered) {
    for (const quote of e.quotes) {
      const words = contentWords(quote.text);
      if (words.size < MIN_WORDS) continue;
      for (const w of words) {
        const postings = index.get(w);
        // Words in very many quotes say little and would make this quadratic.
        if (!postings || postings.length > MAX_POSTINGS) continue;
        for (const i of postings) if (sharedWords[i]!++ === 0) touched.push(i);
      }
      let best: { i: number; score: number } | undefined;
      for (const i of touched) {
        const shared = sharedWords[i]!;
        sharedWords[i] = 0;
        const other = items[i]!;
        if (other.entry === e.id || shared < MIN_WORDS) continue;
        if (quote.speaker && other.quote.speaker && quote.speaker !== other.quote.speaker) continue;
        const score = shared / (words.size + other.words.size - shared);
        if (score >= SAME_WORDS && (!best || score > best.score)) best = { i, score };
      }
      touched.length = 0;
      if (best) {
        const head = items[best.i]!.quote;
        quote.variantOf = head.variantOf ?? head.id;
      }
      const at = items.push({ quote, entry: e.id, words }) - 1;
      for (const w of words) {
        let list = index.get(w);
        if (!list) index.set(w, (list = []));
        list.push(at);
      }
    }
  }
}

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .match(/\p{L}+/gu) ?? []) {
    if (!STOP.has(w)) out.add(w.replace(/(?<=.{4})(?:s|ss)$/, ''));
  }
  return out;
}
