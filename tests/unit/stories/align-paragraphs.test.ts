import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  alignParagraphs,
  alignTermSets,
  memoTermsOf,
  MIN_PAIR_SIMILARITY,
  paragraphSimilarity,
  wordCount,
  type AlignedRow,
  type TermSet,
} from '../../../src/corpus/align-paragraphs.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');
const seedLines = readdirSync(CONTENT)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(path.join(CONTENT, f), 'utf8').split('\n'));

describe('wordCount', () => {
  it('counts what splitting on whitespace counts, on every line of the seeds', () => {
    for (const line of seedLines)
      expect(wordCount(line), line).toBe(line.split(/\s+/).filter(Boolean).length);
  });

  it('treats no-break and other Unicode spaces as spaces', () => {
    expect(wordCount('two\u00a0to\u2009tango ')).toBe(3);
    expect(wordCount('')).toBe(0);
  });
});

describe('alignParagraphs with remembered word sets', () => {
  it('aligns exactly as without them', () => {
    const left = seedLines.filter((l) => l.length > 80).slice(0, 12);
    const right = [...left.slice(3), ...left.slice(0, 2)];
    const termsOf = memoTermsOf();
    expect(alignParagraphs(left, right, termsOf)).toEqual(alignParagraphs(left, right));
    // A second alignment over the same paragraphs reuses the sets.
    expect(alignParagraphs(right, left, termsOf)).toEqual(alignParagraphs(right, left));
  });
});

/** The alignment as first written: every pair of pieces compared by merging their word sets. */
function everyPair(a: readonly TermSet[], b: readonly TermSet[]): AlignedRow[] {
  const [n, m] = [a.length, b.length];
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const sim = a.map((ai) => b.map((bj) => paragraphSimilarity(ai, bj)));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const s = sim[i]![j]!;
      const pair = s >= MIN_PAIR_SIMILARITY ? s + score[i + 1]![j + 1]! : -Infinity;
      score[i]![j] = Math.max(pair, score[i + 1]![j]!, score[i]![j + 1]!);
    }
  const rows: AlignedRow[] = [];
  let [i, j] = [0, 0];
  while (i < n || j < m) {
    if (i < n && j < m) {
      const s = sim[i]![j]!;
      if (s >= MIN_PAIR_SIMILARITY && score[i]![j] === s + score[i + 1]![j + 1]!)
        rows.push({ left: i++, right: j++, similarity: s });
      else if (score[i]![j] === score[i + 1]![j])
        rows.push({ left: i++, right: null, similarity: 0 });
      else rows.push({ left: null, right: j++, similarity: 0 });
    } else if (i < n) rows.push({ left: i++, right: null, similarity: 0 });
    else rows.push({ left: null, right: j++, similarity: 0 });
  }
  return rows;
}

describe('alignTermSets, shared words counted through an index of one side', () => {
  const termsOf = memoTermsOf();
  const long = seedLines.filter((l) => l.length > 40);
  // Versions of the seeds' text: rotated, cut short, sentences split, words dropped.
  const sentences = long.flatMap((l) => l.split(/(?<=[.!?])\s+/));
  const dropped = long.map((l) =>
    l
      .split(' ')
      .filter((_, k) => k % 4 !== 1)
      .join(' '),
  );
  const cases: Array<[string, string[], string[]]> = [
    ['rotated', long.slice(0, 14), [...long.slice(5, 14), ...long.slice(0, 5)]],
    ['cut short', long.slice(0, 20), long.slice(3, 11)],
    ['words dropped', long.slice(0, 16), dropped.slice(0, 16)],
    ['sentence by sentence', sentences.slice(0, 40), sentences.slice(2, 45).reverse()],
    ['one side empty', long.slice(0, 3), []],
    ['with empty pieces', ['', ...long.slice(0, 4), ''], ['', ...long.slice(1, 5)]],
  ];
  it.each(cases)('gives the rows of comparing every pair: %s', (_, left, right) => {
    const [a, b] = [left.map(termsOf), right.map(termsOf)];
    expect(alignTermSets(a, b)).toEqual(everyPair(a, b));
    expect(alignTermSets(b, a)).toEqual(everyPair(b, a));
  });
});
