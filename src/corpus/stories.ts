/**
 * Stories across outlets: articles about the same event grouped into one story, rewrites of one
 * text recognised, and the most similar articles of each article listed as related.
 *
 * - Similarity is the cosine of TF-IDF vectors; candidate pairs come from an inverted index of
 *   each article's strongest terms (`term-vectors.ts`), never from all pairs.
 * - A story is built by joining the most similar pairs first (single linkage above a threshold,
 *   inside a date window), where a join must also keep the average similarity between the two
 *   groups up, so that a chain of loosely similar articles does not swallow a whole topic.
 * - A rewrite is a pair whose paragraphs align in order (`align-paragraphs.ts`): a near-copy (the
 *   shorter text almost wholly inside the other, paragraph by paragraph) or a paraphrase (every
 *   paragraph of both reworded, none left over).
 * - A join no date anchors needs much closer words (`UNDATED_SIMILARITY`); the site calls such a
 *   group related coverage, not one event.
 * - An undated article in a story with dated ones gets the story's date (`dateSource: 'story'`).
 */
import type { Entry } from '../schemas/entry.ts';
import { compareChronologically } from './chronology.ts';
import {
  alignParagraphs,
  alignTermSets,
  memoTermsOf,
  wordCount,
  type AlignedRow,
  type TermSet,
  type TermsOf,
} from './align-paragraphs.ts';
import { cosine, neighbours, termVectors, type TermVector } from './term-vectors.ts';
import { textDigest, type Memo } from './disk-memo.ts';

/** Cosine at which two articles can be about the same event. */
export const STORY_SIMILARITY = 0.25;
/** The least average similarity between two groups that join into one story. */
const STORY_AVERAGE = 0.2;
/** Dated articles more than this many days apart are not one event. */
const STORY_DAYS = 3;
/**
 * A join that no date anchors (neither group has an article with a date of its own) rests on
 * words alone, which must then be much closer: at the dated thresholds the undated BBC corpus
 * chains a whole topic (23 Yukos articles from months apart) into one "story". The pair's cosine
 * must reach this, and the average between the two groups `UNDATED_AVERAGE`.
 */
export const UNDATED_SIMILARITY = 0.6;
const UNDATED_AVERAGE = 0.5;
/** Cosine from which a pair is checked for being a rewrite. */
const REWRITE_COSINE = 0.6;
/** Pairs tried between two groups of versions before they count as different texts. */
const MAX_DIFFERENT = 3;
/** Related articles listed per article, and the least similarity to be listed. */
const RELATED = 5;
const RELATED_SIMILARITY = 0.05;

/** The text compared: headline, dek and body. */
export function comparableText(e: Pick<Entry, 'title' | 'dek' | 'blocks'>): string {
  return [e.title, e.dek ?? '', ...e.blocks.map((b) => b.text)].join('\n');
}

/** Why a pair is a rewrite, from the alignment of their paragraphs. */
export interface RewriteEvidence {
  /** Which kind: most of the shorter text copied, or every paragraph reworded. */
  kind: 'copy' | 'paraphrase';
  /** Mean word overlap (Dice) of the paired paragraphs, weighted by length. */
  overlap: number;
  /** Share of each side's words in paired paragraphs. */
  leftAligned: number;
  rightAligned: number;
}

/** Decides from the paragraph alignment whether `left` and `right` are one text. */
export function rewriteEvidence(
  left: readonly string[],
  right: readonly string[],
  rows: readonly AlignedRow[] = alignParagraphs(left, right),
): RewriteEvidence | null {
  return evidenceOf(left.map(wordCount), right.map(wordCount), rows);
}

/** `rewriteEvidence` of texts given by the number of words of each paragraph. */
function evidenceOf(
  leftCounts: readonly number[],
  rightCounts: readonly number[],
  rows: readonly AlignedRow[],
): RewriteEvidence | null {
  let leftWords = 0;
  let rightWords = 0;
  let leftPaired = 0;
  let rightPaired = 0;
  let weighted = 0;
  for (const row of rows) {
    const l = row.left === null ? 0 : leftCounts[row.left]!;
    const r = row.right === null ? 0 : rightCounts[row.right]!;
    leftWords += l;
    rightWords += r;
    if (row.left !== null && row.right !== null) {
      leftPaired += l;
      rightPaired += r;
      weighted += (l + r) * row.similarity;
    }
  }
  if (leftPaired === 0 || rightPaired === 0) return null;
  const overlap = weighted / (leftPaired + rightPaired);
  const leftAligned = leftPaired / leftWords;
  const rightAligned = rightPaired / rightWords;
  const most = Math.max(leftAligned, rightAligned);
  const least = Math.min(leftAligned, rightAligned);
  const evidence = { overlap, leftAligned, rightAligned };
  // A copy: the shorter text is (nearly) all inside the other, nearly word for word.
  if (overlap >= 0.77 && most >= 0.9) return { kind: 'copy', ...evidence };
  // A paraphrase: every paragraph on both sides has its reworded counterpart.
  if (overlap >= 0.65 && least >= 0.9) return { kind: 'paraphrase', ...evidence };
  return null;
}

/**
 * Aligned paragraph by paragraph, or, when the two versions cut their paragraphs differently,
 * sentence by sentence.
 */
function isRewrite(left: Version, right: Version): boolean {
  const [a, b] = [left.paragraphs, right.paragraphs];
  if (evidenceOf(a.words, b.words, alignTermSets(a.terms, b.terms)) !== null) return true;
  const [l, r] = [left.sentences(), right.sentences()];
  return evidenceOf(l.words, r.words, alignTermSets(l.terms, r.terms)) !== null;
}

/** Pieces of a text (paragraphs or sentences) as aligned: their word sets and word counts. */
interface Pieces {
  terms: TermSet[];
  words: number[];
}

/**
 * An article as the rewrite checks read it, its paragraphs' and (when first asked) its
 * sentences' words and counts made once: one article is in many candidate pairs.
 */
interface Version {
  texts: string[];
  paragraphs: Pieces;
  sentences: () => Pieces;
}

function readVersion(e: Entry, termsOf: TermsOf): Version {
  const texts = paragraphs(e);
  const pieces = (list: string[]): Pieces => ({
    terms: list.map(termsOf),
    words: list.map(wordCount),
  });
  let cut: Pieces | undefined;
  return {
    texts,
    paragraphs: pieces(texts),
    sentences: () => (cut ??= pieces(texts.flatMap(sentences))),
  };
}

/** What linking found, for reports and benchmarks. */
export interface StoryLinks {
  stories: number;
  rewrites: number;
  inferredDates: number;
  /** Candidate pairs close enough to be checked for a rewrite, and how many were checked. */
  rewritePairs: { candidates: number; checked: number };
  /** Milliseconds spent, by stage. */
  timings: { vectors: number; neighbours: number; rewrites: number; stories: number };
}

/**
 * Sets `story`, `rewriteOf` and `related` on every entry; dates undated story members. With a
 * `rewrites` memo, a pair's rewrite check is taken from it when both texts are unchanged.
 */
export function linkStories(entries: Entry[], rewrites?: Memo<boolean>): StoryLinks {
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const spent = now - t;
    t = now;
    return spent;
  };
  const vectors = termVectors(entries.map(comparableText));
  const vectorsMs = lap();
  const near = neighbours(vectors, RELATED_SIMILARITY);
  const neighboursMs = lap();

  // Rewrites: texts joined by aligned pairs form a rewrite group (the most similar pairs are
  // checked first, and a pair already joined through others is not checked again); every member
  // but the earliest rewrites the earliest.
  const order = chronology(entries);
  const version = new UnionFind(entries.length);
  const pairs: Array<{ a: number; b: number; score: number }> = [];
  near.forEach((list, a) => {
    for (const { index: b, score } of list) {
      if (score < REWRITE_COSINE) break;
      if (a < b) pairs.push({ a, b, score });
    }
  });
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  // Two groups of versions found different this many times are not compared again.
  const differ = new Map<string, number>();
  const termsOf = memoTermsOf();
  const digests = new Map<number, string>();
  const versions = new Map<number, Version>();
  const versionOf = (i: number): Version => {
    let v = versions.get(i);
    if (v === undefined) versions.set(i, (v = readVersion(entries[i]!, termsOf)));
    return v;
  };
  const digestOf = (i: number): string => {
    let d = digests.get(i);
    if (d === undefined) digests.set(i, (d = textDigest(versionOf(i).texts.join('\0'))));
    return d;
  };
  let checked = 0;
  const checkRewrite = (a: number, b: number): boolean => {
    const check = (): boolean => (checked++, isRewrite(versionOf(a), versionOf(b)));
    if (!rewrites) return check();
    const key = `${digestOf(a)}:${digestOf(b)}`;
    let known = rewrites.get(key);
    if (known === undefined) rewrites.set(key, (known = check()));
    return known;
  };
  for (const { a, b } of pairs) {
    const ra = version.find(a);
    const rb = version.find(b);
    if (ra === rb) continue;
    const key = ra < rb ? `${ra}:${rb}` : `${rb}:${ra}`;
    if ((differ.get(key) ?? 0) >= MAX_DIFFERENT) continue;
    if (checkRewrite(a, b)) version.union(a, b);
    else differ.set(key, (differ.get(key) ?? 0) + 1);
  }
  const earliest = new Map<number, number>();
  for (let i = 0; i < entries.length; i++) {
    const root = version.find(i);
    const seen = earliest.get(root);
    if (seen === undefined || order[i]! < order[seen]!) earliest.set(root, i);
  }
  for (let i = 0; i < entries.length; i++) {
    const first = earliest.get(version.find(i))!;
    entries[i]!.rewriteOf = first === i ? null : entries[first]!.id;
  }
  const rewritesMs = lap();

  for (let i = 0; i < entries.length; i++) {
    entries[i]!.related = near[i]!.filter((n) => version.find(n.index) !== version.find(i))
      .slice(0, RELATED)
      .map((n) => entries[n.index]!.id);
  }

  const groups = groupStories(entries, vectors, near);
  let stories = 0;
  let inferredDates = 0;
  for (const members of groups) {
    if (members.length < 2) {
      entries[members[0]!]!.story = null;
      continue;
    }
    stories++;
    members.sort((a, b) => order[a]! - order[b]!);
    const id = entries[members[0]!]!.id;
    for (const m of members) entries[m]!.story = id;
    inferredDates += inferDates(members.map((m) => entries[m]!));
  }
  const storiesMs = lap();
  return {
    stories,
    rewrites: entries.filter((e) => e.rewriteOf).length,
    inferredDates,
    rewritePairs: { candidates: pairs.length, checked },
    timings: {
      vectors: vectorsMs,
      neighbours: neighboursMs,
      rewrites: rewritesMs,
      stories: storiesMs,
    },
  };
}

/** Groups of entry indices, one per story (singletons included). */
function groupStories(
  entries: readonly Entry[],
  vectors: readonly TermVector[],
  near: ReadonlyArray<ReadonlyArray<{ index: number; score: number }>>,
): number[][] {
  const days = entries.map((e) => (e.date ? Date.parse(`${e.date}T00:00:00Z`) / 86_400_000 : NaN));
  const edges: Array<{ a: number; b: number; score: number }> = [];
  near.forEach((list, a) => {
    for (const { index: b, score } of list) {
      if (b <= a || score < STORY_SIMILARITY) continue;
      if (Math.abs(days[a]! - days[b]!) > STORY_DAYS) continue;
      edges.push({ a, b, score });
    }
  });
  edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const groups = new UnionFind(entries.length);
  for (const { a, b, score } of edges) {
    const ra = groups.find(a);
    const rb = groups.find(b);
    if (ra === rb) continue;
    const A = groups.members(ra);
    const B = groups.members(rb);
    if (!withinWindow([...A, ...B].map((i) => days[i]!))) continue;
    const anchored = isDated(A, days) || isDated(B, days);
    if (!anchored && score < UNDATED_SIMILARITY) continue;
    if (averageSimilarity(A, B, vectors) < (anchored ? STORY_AVERAGE : UNDATED_AVERAGE)) continue;
    groups.union(ra, rb);
  }
  return groups.groups();
}

/** Whether any member of a group has a date of its own. */
function isDated(group: readonly number[], days: readonly number[]): boolean {
  return group.some((i) => !Number.isNaN(days[i]!));
}

function withinWindow(days: readonly number[]): boolean {
  const dated = days.filter((d) => !Number.isNaN(d));
  return dated.length < 2 || Math.max(...dated) - Math.min(...dated) <= STORY_DAYS;
}

/** Mean cosine over all pairs across two groups (exact; groups stay small). */
function averageSimilarity(
  a: readonly number[],
  b: readonly number[],
  vectors: readonly TermVector[],
): number {
  let sum = 0;
  for (const i of a) for (const j of b) sum += cosine(vectors[i]!, vectors[j]!);
  return sum / (a.length * b.length);
}

/** Gives undated members the story's date (the most common among dated members, then earliest). */
function inferDates(members: Entry[]): number {
  const counts = new Map<string, number>();
  for (const e of members) if (e.date) counts.set(e.date, (counts.get(e.date) ?? 0) + 1);
  if (counts.size === 0) return 0;
  const [date, n] = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]!;
  let inferred = 0;
  for (const e of members) {
    if (e.date) continue;
    e.date = date;
    e.dateSource = 'story';
    e.notes.push(
      `Date ${date} inferred from its story: ${n} of the ${members.length} articles about the same event are dated ${date}.`,
    );
    inferred++;
  }
  return inferred;
}

/** Rank of each entry in time (`compareChronologically`). */
function chronology(entries: readonly Entry[]): number[] {
  const sorted = entries
    .map((e, i) => ({ i, date: e.date, id: e.id }))
    .sort(compareChronologically);
  const rank: number[] = [];
  sorted.forEach((s, r) => (rank[s.i] = r));
  return rank;
}

function paragraphs(e: Entry): string[] {
  return e.blocks.filter((b) => b.type !== 'subhead').map((b) => b.text);
}

/** Sentences of a paragraph: cut after . ! or ? (and a closing quote) before a capital. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]['"’”]?)\s+(?=['"‘“]?\p{Lu})/u);
}

/** Disjoint sets of indices (union by size, path halving), with each set's members. */
class UnionFind {
  private readonly parent: number[];
  private readonly sets: number[][];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.sets = Array.from({ length: n }, (_, i) => [i]);
  }

  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) i = p[i] = p[p[i]!]!;
    return i;
  }

  members(root: number): readonly number[] {
    return this.sets[root]!;
  }

  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.sets[ra]!.length < this.sets[rb]!.length) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.sets[ra]!.push(...this.sets[rb]!);
    this.sets[rb] = [];
  }

  /** Every set, as lists of indices. */
  groups(): number[][] {
    return this.sets.filter((s) => s.length > 0);
  }
}
