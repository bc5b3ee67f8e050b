/**
 * TF-IDF term vectors of whole articles and the candidate index that finds similar articles
 * without comparing all pairs. Each vector is L2-normalised, so a dot product is the cosine
 * similarity. Candidates come from an inverted index over each article's strongest terms (a
 * prefix filter, as in similarity joins): two articles are compared only when they share some of
 * their most distinctive words, so the work grows with the matches, not with the square of the
 * corpus. Pure: takes texts, returns numbers.
 */
import { eng } from 'stopword';

const STOPWORDS = new Set(eng);
/** Terms kept per article for the candidate index. */
const INDEX_TERMS = 24;
/** Terms each article looks up in the index: more than it indexes, so that a pair is found when
 * a strong term of one is a middling term of the other. */
const QUERY_TERMS = 24;
/** Posting lists longer than this (terms in very many articles) are not used for candidates. */
const MAX_POSTINGS = 300;
/** Candidates kept per article after the cheap score, before the exact cosine. */
const MAX_CANDIDATES = 30;

/** A sparse, L2-normalised TF-IDF vector: term ids ascending, with their weights. */
export interface TermVector {
  terms: Uint32Array;
  weights: Float32Array;
}

/** Lower-cased words without accents, stopwords or digits-only tokens. */
export function contentTerms(text: string): string[] {
  // Text without accented letters or marks (most of an English corpus) has none to take off.
  const folded = ACCENTABLE.test(text)
    ? text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    : text.toLowerCase();
  const words = folded.match(/\p{L}[\p{L}\p{N}]*(?:['’]\p{L}+)?/gu);
  if (!words) return [];
  const terms: string[] = [];
  for (let word of words) {
    if (word.endsWith('s')) word = word.replace(/['’]s$/, '');
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    terms.push(word);
  }
  return terms;
}

/**
 * Characters that may be accented letters or marks. The others, which canonical decomposition
 * (NFD) leaves alone and which are no marks, are ASCII, Latin-1 punctuation and symbols, and the
 * dashes, quotation marks and ellipsis of general punctuation.
 */
const ACCENTABLE = /[\u00c0-\u200f\u2040-\uffff]/;

/** TF-IDF vectors (log-scaled term frequency, smoothed idf) for every text. */
export function termVectors(texts: readonly string[]): TermVector[] {
  const ids = new Map<string, number>();
  const counts: Array<Map<number, number>> = [];
  const df: number[] = [];
  for (const text of texts) {
    const tf = new Map<number, number>();
    for (const term of contentTerms(text)) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        df.push(0);
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    for (const id of tf.keys()) df[id]!++;
    counts.push(tf);
  }
  const n = texts.length;
  return counts.map((tf) => {
    const terms = Uint32Array.from([...tf.keys()].sort((a, b) => a - b));
    const weights = new Float32Array(terms.length);
    let norm = 0;
    terms.forEach((id, i) => {
      const w = (1 + Math.log(tf.get(id)!)) * idf(n, df[id]!);
      weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { terms, weights };
  });
}

/** Cosine similarity of two normalised vectors (a merge over their sorted term ids). */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** A similar article and how similar (cosine). */
export interface Neighbour {
  index: number;
  score: number;
}

/** Up to this many articles, every pair is compared exactly (it costs less than a second). */
const EXACT_UP_TO = 400;

/**
 * For every vector, the other vectors most similar to it (at least `min` cosine), most similar
 * first: every pair compared in a small corpus, candidates from the inverted index of strongest
 * terms in a larger one (or always, with `exactUpTo: 0`).
 */
export function neighbours(
  vectors: readonly TermVector[],
  min: number,
  { exactUpTo = EXACT_UP_TO }: { exactUpTo?: number } = {},
): Neighbour[][] {
  if (vectors.length <= exactUpTo) return allPairs(vectors, min);
  const queries = vectors.map((v) => topTerms(v, QUERY_TERMS));
  const postings = new Map<number, number[]>();
  queries.forEach((query, doc) => {
    for (const t of query.terms.subarray(0, INDEX_TERMS)) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(doc);
    }
  });
  const found: Neighbour[][] = vectors.map(() => []);
  const partial = new Float64Array(vectors.length);
  const touched: number[] = [];
  queries.forEach((top, doc) => {
    for (let k = 0; k < top.terms.length; k++) {
      const list = postings.get(top.terms[k]!);
      if (!list || list.length > MAX_POSTINGS) continue;
      for (const other of list) {
        if (other === doc) continue;
        if (partial[other] === 0) touched.push(other);
        partial[other]! += top.weights[k]!;
      }
    }
    for (const other of strongest(touched, partial, MAX_CANDIDATES)) {
      const score = cosine(vectors[doc]!, vectors[other]!);
      if (score >= min) found[doc]!.push({ index: other, score });
    }
    for (const other of touched) partial[other] = 0;
    touched.length = 0;
    found[doc]!.sort((a, b) => b.score - a.score || a.index - b.index);
  });
  // Similarity is symmetric: a pair found from one side counts for both.
  const merged = found.map((list) => new Map(list.map((n) => [n.index, n.score])));
  merged.forEach((map, doc) => {
    for (const [other, score] of map) merged[other]!.set(doc, score);
  });
  return merged.map((map) =>
    [...map]
      .map(([index, score]) => ({ index, score }))
      .sort((a, b) => b.score - a.score || a.index - b.index),
  );
}

/**
 * The first `k` of `touched` once sorted by `partial` score, highest first, ties in their order in
 * `touched` (as a stable sort gives them), in no particular order: the k-th highest score is found
 * by sorting the scores alone (numbers, without a comparison function), then every index above it
 * and the first ones equal to it are taken.
 */
function strongest(
  touched: readonly number[],
  partial: Float64Array | Float32Array,
  k: number,
): number[] {
  if (touched.length <= k) return [...touched];
  const scores = (
    partial instanceof Float32Array
      ? Float32Array.from(touched, (i) => partial[i]!)
      : Float64Array.from(touched, (i) => partial[i]!)
  ).sort();
  const least = scores[scores.length - k]!;
  let ties = k;
  for (let j = scores.length - k; j < scores.length; j++) if (scores[j]! > least) ties--;
  const out: number[] = [];
  for (const i of touched) {
    const score = partial[i]!;
    if (score > least) out.push(i);
    else if (score === least && ties > 0) {
      out.push(i);
      ties--;
    }
  }
  return out;
}

/** Every pair compared exactly. */
function allPairs(vectors: readonly TermVector[], min: number): Neighbour[][] {
  const found: Neighbour[][] = vectors.map(() => []);
  for (let a = 0; a < vectors.length; a++) {
    for (let b = a + 1; b < vectors.length; b++) {
      const score = cosine(vectors[a]!, vectors[b]!);
      if (score < min) continue;
      found[a]!.push({ index: b, score });
      found[b]!.push({ index: a, score });
    }
  }
  for (const list of found) list.sort((x, y) => y.score - x.score || x.index - y.index);
  return found;
}

/** The `k` heaviest terms of a vector. */
function topTerms(v: TermVector, k: number): TermVector {
  // The k heaviest first (`strongest`), then only they are sorted: the order a stable sort of
  // every term gives its first k (ties by term id).
  const order = strongest([...v.terms.keys()], v.weights, k).sort(
    (a, b) => v.weights[b]! - v.weights[a]! || a - b,
  );
  return {
    terms: Uint32Array.from(order.map((i) => v.terms[i]!)),
    weights: Float32Array.from(order.map((i) => v.weights[i]!)),
  };
}

/** Smoothed inverse document frequency: never zero, so a tiny corpus still has weights. */
function idf(n: number, df: number): number {
  return Math.log((n + 1) / (df + 1)) + 1;
}
