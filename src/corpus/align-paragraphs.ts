/**
 * Paragraph alignment of two versions of one text (a rewrite, a copy): the order-preserving
 * pairing of paragraphs that maximises their total word overlap, as a sequence alignment
 * (dynamic programming over both paragraph lists, like `diff` over lines but with fuzzy
 * matches). Used to decide that one article rewrites another and to show them side by side.
 */
import { contentTerms } from './term-vectors.ts';

/** Paragraphs sharing less than this (Dice coefficient of their content words) do not pair. */
export const MIN_PAIR_SIMILARITY = 0.3;

/** One row of an alignment: a paragraph of each side, or of one side only. */
export interface AlignedRow {
  left: number | null;
  right: number | null;
  /** Word overlap of the pair (0 when one side is missing). */
  similarity: number;
}

/**
 * A paragraph's content words as distinct ids in ascending order (`memoTermsOf` gives each word
 * an id): two paragraphs' shared words are counted by one merge of two integer arrays, not by a
 * hash lookup per word (the paragraph similarities of every candidate pair were most of linking's
 * rewrite checks).
 */
export type TermSet = Int32Array;

/** Dice coefficient of two paragraphs' content-word sets. */
export function paragraphSimilarity(a: TermSet, b: TermSet): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** The number of words (runs of non-space characters) in a text, counted without splitting it. */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The characters of `\s`.
    const space =
      c === 32 ||
      (c >= 9 && c <= 13) ||
      c === 160 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x1680 ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A paragraph's content-word set (ids of one `memoTermsOf`). */
export type TermsOf = (paragraph: string) => TermSet;

/**
 * Each paragraph's content-word set, computed once: for aligning many pairs that share
 * paragraphs (every candidate pair of a corpus). Its ids are its own: sets from two `memoTermsOf`
 * are not comparable.
 */
export function memoTermsOf(): TermsOf {
  const ids = new Map<string, number>();
  const known = new Map<string, TermSet>();
  return (p) => {
    let terms = known.get(p);
    if (!terms) {
      const distinct = new Set<number>();
      for (const word of contentTerms(p)) {
        let id = ids.get(word);
        if (id === undefined) ids.set(word, (id = ids.size));
        distinct.add(id);
      }
      known.set(p, (terms = Int32Array.from(distinct).sort()));
    }
    return terms;
  };
}

/** The best order-preserving pairing of `left` and `right` paragraphs. */
export function alignParagraphs(
  left: readonly string[],
  right: readonly string[],
  termsOf: TermsOf = memoTermsOf(),
): AlignedRow[] {
  return alignTermSets(left.map(termsOf), right.map(termsOf));
}

/**
 * For each word id, 1 + the position in the current `alignTermSets` call's list of (piece,
 * next) links of the last piece of the right-hand side holding it; 0 for none. Kept between
 * calls (all zero again at the end of each), grown as word ids grow.
 */
let holders = new Int32Array(1024);

/**
 * `alignParagraphs` of paragraphs given by their content-word sets (of one `memoTermsOf`). The
 * words each pair shares are counted through an index of `b`'s words (word → the pieces holding
 * it), made for the call: each word of `a` reaches only the pieces of `b` that hold it, so the
 * work grows with the words, not with every pair of pieces (most pairs share no word; comparing
 * every pair was most of the rewrite checks between the many versions of one text).
 */
export function alignTermSets(a: readonly TermSet[], b: readonly TermSet[]): AlignedRow[] {
  const n = a.length;
  const m = b.length;
  let links = 0;
  let top = -1;
  for (const set of b) {
    links += set.length;
    if (set.length > 0) top = Math.max(top, set[set.length - 1]!);
  }
  if (top >= holders.length) holders = new Int32Array(Math.max(top + 1, 2 * holders.length));
  const piece = new Int32Array(links);
  const next = new Int32Array(links);
  let k = 0;
  b.forEach((set, j) => {
    for (const t of set) {
      piece[k] = j;
      next[k] = holders[t]!;
      holders[t] = ++k;
    }
  });
  const sim = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const ai = a[i]!;
    const row = i * m;
    for (const t of ai) {
      if (t >= holders.length) continue;
      for (let at = holders[t]!; at !== 0; at = next[at - 1]!) sim[row + piece[at - 1]!]!++;
    }
    for (let j = 0; j < m; j++) {
      const shared = sim[row + j]!;
      // As `paragraphSimilarity`: the Dice coefficient of the two sets.
      if (shared > 0) sim[row + j] = (2 * shared) / (ai.length + b[j]!.length);
    }
  }
  for (const set of b) for (const t of set) holders[t] = 0;
  return alignSimilarities(sim, n, m);
}

/**
 * The best order-preserving pairing of `n` pieces with `m`, given the similarity of each pair
 * (`sim[i * m + j]`): a sequence alignment by dynamic programming.
 */
function alignSimilarities(sim: Float64Array, n: number, m: number): AlignedRow[] {
  // score[i * (m + 1) + j]: best total similarity aligning a[i..] with b[j..].
  const w = m + 1;
  const score = new Float64Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim[i * m + j]!;
      const pair = s >= MIN_PAIR_SIMILARITY ? s + score[(i + 1) * w + j + 1]! : -Infinity;
      score[i * w + j] = Math.max(pair, score[(i + 1) * w + j]!, score[i * w + j + 1]!);
    }
  }
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m) {
      const s = sim[i * m + j]!;
      if (s >= MIN_PAIR_SIMILARITY && score[i * w + j] === s + score[(i + 1) * w + j + 1]!) {
        rows.push({ left: i++, right: j++, similarity: s });
        continue;
      }
      if (score[i * w + j] === score[(i + 1) * w + j])
        rows.push({ left: i++, right: null, similarity: 0 });
      else rows.push({ left: null, right: j++, similarity: 0 });
    } else if (i < n) rows.push({ left: i++, right: null, similarity: 0 });
    else rows.push({ left: null, right: j++, similarity: 0 });
  }
  return rows;
}

/**
 * How much of two texts the alignment pairs up: the share of all words that sit in paired
 * paragraphs, weighted by how similar the pairs are. 1 for identical texts, near 0 for
 * different ones.
 */
export function alignedCoverage(left: readonly string[], right: readonly string[]): number {
  const rows = alignParagraphs(left, right);
  const words = wordCount;
  let total = 0;
  let covered = 0;
  for (const row of rows) {
    const l = row.left === null ? 0 : words(left[row.left]!);
    const r = row.right === null ? 0 : words(right[row.right]!);
    total += l + r;
    covered += (l + r) * row.similarity;
  }
  return total === 0 ? 0 : covered / total;
}
