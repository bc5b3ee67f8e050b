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
  // The quotes reached from the current quote (`seen[i] === stamp`), in a typed array.
  const seen = new Int32Array(entries.reduce((n, e) => n + e.quotes.length, 0));
  let stamp = 0;
  const candidates: number[] = [];
  for (const e of ordered) {
    for (const quote of e.quotes) {
      const words = contentWords(quote.text);
      if (words.size < MIN_WORDS) continue;
      // The words that count, in the quote's order, with the earlier quotes holding each: words
      // in very many quotes say little (and would make this quadratic).
      const counted: string[] = [];
      const holders: number[][] = [];
      for (const w of words) {
        const postings = index.get(w);
        if (!postings || postings.length > MAX_POSTINGS) continue;
        counted.push(w);
        holders.push(postings);
      }
      const best = bestMatch(quote, e.id, words.size, counted, holders);
      if (best !== undefined) {
        const head = items[best]!.quote;
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

  /**
   * The earlier quote that `quote` rewords best: sharing at least `MIN_WORDS` of the counted
   * words and `SAME_WORDS` of all words (Jaccard), by the same speaker or one unknown, in
   * another article; of equal scores, the one sharing the earliest word, then the earliest.
   *
   * A match shares at least half the quote's words (`shared / (size + other − shared) ≥ ½` with
   * `shared ≤ other`), so it holds at least one of any `counted − least + 1` of the counted words
   * (`least` the words it must share): only the earlier quotes holding those with the fewest
   * holders are compared, each by its whole word set (prefix filtering, as in similarity joins).
   */
  function bestMatch(
    quote: Quote,
    entry: string,
    size: number,
    counted: readonly string[],
    holders: readonly number[][],
  ): number | undefined {
    const least = Math.max(MIN_WORDS, Math.ceil(size / 2));
    if (counted.length < least) return undefined;
    const rarest = counted
      .map((_, k) => k)
      .sort((a, b) => holders[a]!.length - holders[b]!.length || a - b)
      .slice(0, counted.length - least + 1);
    stamp++;
    candidates.length = 0;
    for (const k of rarest)
      for (const i of holders[k]!)
        if (seen[i] !== stamp) {
          seen[i] = stamp;
          candidates.push(i);
        }
    let best: { i: number; score: number; first: number } | undefined;
    for (const i of candidates) {
      const other = items[i]!;
      if (other.entry === entry) continue;
      if (quote.speaker && other.quote.speaker && quote.speaker !== other.quote.speaker) continue;
      let shared = 0;
      let first = -1;
      for (let k = 0; k < counted.length; k++)
        if (other.words.has(counted[k]!)) {
          shared++;
          if (first < 0) first = k;
        }
      if (shared < MIN_WORDS) continue;
      const score = shared / (size + other.words.size - shared);
      if (score < SAME_WORDS) continue;
      if (
        !best ||
        score > best.score ||
        (score === best.score && (first < best.first || (first === best.first && i < best.i)))
      )
        best = { i, score, first };
    }
    return best?.i;
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
