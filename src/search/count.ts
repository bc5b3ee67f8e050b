/**
 * Counting the results of a search before their records are fetched: one result per article
 * (its head or its best paragraph) and one per quote. Paragraph and quote ids run article by
 * article (`buildRecords`), so the owners file (records per article) tells which article a
 * paragraph id belongs to.
 */
import type { RecordOwners, SearchMeta } from './build.ts';

export interface ResultCount {
  /** Articles with a matching head or paragraph. */
  articles: number;
  /** Matching quotes. */
  quotes: number;
}

/** The first paragraph id of each article, and the paragraph range's end last. */
function starts(first: number, counts: readonly number[]): number[] {
  const out = [first];
  for (const c of counts) out.push((out.at(-1) ?? first) + c);
  return out;
}

/** The index of the last start at or before `id` (binary search). */
function ownerOf(id: number, from: readonly number[]): number {
  let lo = 0;
  let hi = from.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((from[mid] ?? 0) <= id) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Which article a record belongs to, from its id alone: a head is its article, a paragraph the
 * article whose paragraph ids hold it; null for a quote (a result of its own).
 */
export function articleOf(
  ranges: SearchMeta['ranges'],
  owners: RecordOwners,
): (id: number) => number | null {
  let paragraphStarts: number[] | undefined;
  return (id) => {
    if (id >= ranges.q[0]) return null;
    if (id < ranges.a[1]) return id;
    paragraphStarts ??= starts(ranges.p[0], owners.p);
    return ownerOf(id, paragraphStarts);
  };
}

/** How many results the records `ids` make: distinct articles of heads and paragraphs, quotes. */
export function countResults(
  ids: Iterable<number>,
  ranges: SearchMeta['ranges'],
  owners: RecordOwners,
): ResultCount {
  const owner = articleOf(ranges, owners);
  const articles = new Set<number>();
  let quotes = 0;
  for (const id of ids) {
    const article = owner(id);
    if (article === null) quotes++;
    else articles.add(article);
  }
  return { articles: articles.size, quotes };
}
