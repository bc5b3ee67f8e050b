/**
 * Where to highlight a result: ranges of matched words in a text, and a snippet window around the
 * first of them. The browser turns ranges into text nodes and `<mark>` elements (never HTML).
 */
import { tokenSpans } from './text.ts';

/** `[start, end)` offsets into a text. */
export type Range = [number, number];

/** A text with the ranges to highlight in it. */
export interface Highlighted {
  text: string;
  ranges: Range[];
  /** Text was cut before / after the window. */
  before: boolean;
  after: boolean;
}

/**
 * The ranges of `text` to highlight: every word whose folded form is in `words`, and every run of
 * words spelling one of `phrases` (one range per run, punctuation between the words included).
 */
export function highlightRanges(
  text: string,
  words: ReadonlySet<string>,
  phrases: readonly (readonly string[])[] = [],
): Range[] {
  const spans = tokenSpans(text);
  const ranges: Range[] = [];
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    for (let i = 0; i + phrase.length <= spans.length; i++) {
      if (phrase.every((w, k) => spans[i + k]?.token === w)) {
        const first = spans[i];
        const last = spans[i + phrase.length - 1];
        if (first && last) ranges.push([first.start, last.end]);
      }
    }
  }
  for (const span of spans) if (words.has(span.token)) ranges.push([span.start, span.end]);
  return mergeRanges(ranges);
}

/** Sorted, overlapping ranges merged. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Whether the folded words of `text` hold `phrase` as a contiguous run. */
export function containsPhrase(text: string, phrase: readonly string[]): boolean {
  return highlightRanges(text, new Set(), [phrase]).length > 0;
}

/**
 * A window of about `width` characters of `text` around its first highlighted range, cut at
 * spaces, with the ranges moved into the window. The whole text when it is short enough.
 */
export function snippet(text: string, ranges: readonly Range[], width = 240): Highlighted {
  if (text.length <= width) return { text, ranges: [...ranges], before: false, after: false };
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - Math.floor(width / 3)) : 0;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && first && space < first[0] ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + width / 2) end = space;
  }
  const inside = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Range => [s - start, e - start]);
  return {
    text: text.slice(start, end),
    ranges: inside,
    before: start > 0,
    after: end < text.length,
  };
}
