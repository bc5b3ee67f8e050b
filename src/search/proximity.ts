/** How a record's words agree with the query's order: neighbouring pairs and word neighbours. */
import { neighbourCode } from './text.ts';

/**
 * How many pairs of neighbouring words of `query` are neighbours in `text` too: 4 when a 5-word
 * query is a phrase of the text, 2 for `Tony Blair make sure` in `… make sure … Tony Blair`.
 */
export function pairsShared(text: readonly string[], query: readonly string[]): number {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) pairs.add(`${text[i]} ${text[i + 1]}`);
  let shared = 0;
  const seen = new Set<string>();
  for (let i = 0; i + 1 < query.length; i++) {
    const pair = `${query[i]} ${query[i + 1]}`;
    if (pairs.has(pair) && !seen.has(pair)) shared++;
    seen.add(pair);
  }
  return shared;
}

/** A query word's neighbours in the query: codes of the word before and after each time. */
export function neighbours(
  token: string,
  words: readonly string[],
): [string | null, string | null][] {
  const found: [string | null, string | null][] = [];
  words.forEach((w, i) => {
    if (w !== token) return;
    found.push([
      i > 0 ? neighbourCode(words[i - 1]) : null,
      i + 1 < words.length ? neighbourCode(words[i + 1]) : null,
    ]);
  });
  return found;
}

/**
 * How many of a query word's neighbours (0–2) one of its occurrences in a record shares, from
 * the record's codes (`near`: a pair of characters per occurrence).
 */
export function agreement(
  near: string,
  expected: readonly [string | null, string | null][],
): number {
  let best = 0;
  for (let i = 0; i + 1 < near.length; i += 2) {
    for (const [before, after] of expected) {
      const n = (before === near[i] ? 1 : 0) + (after === near[i + 1] ? 1 : 0);
      if (n > best) best = n;
    }
  }
  return best;
}
