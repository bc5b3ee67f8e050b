/**
 * Text similarity used to spot near-duplicate lines: a dek that rewords the lead, a paragraph
 * pasted twice. Edit distance comes from `fastest-levenshtein`.
 */
import { distance } from 'fastest-levenshtein';

/** Lower-cases, folds quotes and dashes, and squeezes spaces, so that only wording counts. */
export function comparable(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b']/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f«»"]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Edit-distance ratio in [0, 1]: 1 for identical strings. */
export function editRatio(a: string, b: string): number {
  const x = comparable(a);
  const y = comparable(b);
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  return 1 - distance(x, y) / longest;
}

/**
 * Whether the edit ratio of `a` and `b` reaches `min`, without computing the distance when their
 * lengths alone rule it out (the distance is at least the difference in length). Same answer as
 * `editRatio(a, b) >= min`; most paragraph pairs of an article stop at the length check.
 */
export function editRatioAtLeast(a: string, b: string, min: number): boolean {
  const x = comparable(a);
  const y = comparable(b);
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1 >= min;
  if (1 - Math.abs(x.length - y.length) / longest < min) return false;
  return 1 - distance(x, y) / longest >= min;
}

/**
 * How closely `a` rewords the start of `b` (or all of it): the edit ratio of `a` against the
 * prefix of `b` of about the same length. A dek that rewrites the first sentence of the lead
 * scores high even when the lead goes on.
 */
export function prefixRatio(a: string, b: string): number {
  const x = comparable(a);
  const y = comparable(b);
  if (x.length === 0 || y.length === 0) return 0;
  // Cheap filter first: a rewording shares most of its words with the start of b.
  const head = y.slice(0, Math.round(x.length * 1.3));
  if (containment(wordSet(x), wordSet(head)) < 0.5) return 0;
  if (y.length <= x.length * 1.15) return editRatio(x, y);
  // Compare with prefixes of b ending at word boundaries near |a|.
  let best = 0;
  for (const cut of boundariesNear(y, x.length))
    best = Math.max(best, editRatio(x, y.slice(0, cut)));
  return best;
}

function boundariesNear(s: string, target: number): number[] {
  const cuts = new Set<number>();
  for (const t of [target * 0.9, target, target * 1.1]) {
    const at = s.indexOf(' ', Math.round(t));
    cuts.add(at < 0 ? s.length : at);
  }
  return [...cuts];
}

/** The set of word tokens (letters and digits) of a text, lower-cased. */
export function wordSet(s: string): Set<string> {
  return new Set(comparable(s).match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of the words of `a` that also occur in `b`. */
export function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}

/**
 * True when `a` is a reworded copy of `b` (or of its opening), as a dek that rewrites the lead:
 * close in wording but not the same text, or `b` behind a short added prefix ("Reportedly, …").
 */
export function rewords(a: string, b: string, threshold = 0.72, minLength = 15): boolean {
  const x = comparable(a);
  const y = comparable(b);
  if (x === y || x.length === 0 || y.length === 0) return false;
  if (x.endsWith(y) && x.length - y.length <= 30 && /[\p{L}]{2}/u.test(y)) return true;
  // Edit distance says little about very short lines; callers choose how short is too short.
  return x.length >= minLength && prefixRatio(a, b) >= threshold;
}
