/** Grouping of articles for the site's lists. */

import { compareIds, validDate, type Datable } from '../corpus/chronology.ts';
import { formatCount, formatMonth } from './format.ts';

/** The least an article needs to be placed in its file: id, file, and its part number. */
export interface Placed {
  id: string;
  file: string;
  part: number;
}

/** A run of articles sharing a month, or the undated ones (`key` is `YYYY-MM` or `undated`). */
export interface ArticleGroup<T> {
  key: string;
  /** `YYYY-MM`, or null for the undated group. */
  month: string | null;
  items: T[];
}

/** Consecutive runs of already sorted articles by month of publication; undated ones together. */
export function groupArticlesByMonth<T extends { data: Datable }>(
  sorted: readonly T[],
): ArticleGroup<T>[] {
  const groups: ArticleGroup<T>[] = [];
  for (const article of sorted) {
    const month = validDate(article.data.date)?.slice(0, 7) ?? null;
    const key = month ?? 'undated';
    const last = groups.at(-1);
    if (last && last.key === key) last.items.push(article);
    else groups.push({ key, month, items: [article] });
  }
  return groups;
}

/** A month's group with the months next to it in time (null for the undated group). */
export interface MonthListing<T> extends ArticleGroup<T> {
  newer: string | null;
  older: string | null;
}

/**
 * The month pages of already sorted articles (newest first): each month's articles with the
 * months before and after it. The list runs newest first, so the previous group is the next
 * month in time; the undated group has no neighbours.
 */
export function monthListings<T extends { data: Datable }>(
  sorted: readonly T[],
): MonthListing<T>[] {
  const groups = groupArticlesByMonth(sorted);
  return groups.map((g, i) => ({
    ...g,
    newer: g.month ? (groups[i - 1]?.month ?? null) : null,
    older: g.month ? (groups[i + 1]?.month ?? null) : null,
  }));
}

/**
 * For every input file, the id that keys its raw text (`/raw/<id>.txt`): the id of the file's
 * first story, so that all stories of a file link to the same raw text.
 */
export function rawTextKeysByFile(articles: readonly { data: Placed }[]): Map<string, string> {
  const first = new Map<string, Placed>();
  for (const { data } of articles) {
    const seen = first.get(data.file);
    if (
      !seen ||
      data.part < seen.part ||
      (data.part === seen.part && compareIds(data.id, seen.id) < 0)
    ) {
      first.set(data.file, data);
    }
  }
  return new Map([...first].map(([file, data]) => [file, data.id]));
}

/** The stories of every input file, in part order: `storiesInFile` for all files at once. */
export function storiesByFile<T extends { data: Placed }>(
  articles: readonly T[],
): Map<string, T[]> {
  const byFile = new Map<string, T[]>();
  for (const a of articles) {
    const list = byFile.get(a.data.file);
    if (list) list.push(a);
    else byFile.set(a.data.file, [a]);
  }
  for (const list of byFile.values())
    list.sort((a, b) => a.data.part - b.data.part || compareIds(a.data.id, b.data.id));
  return byFile;
}

/** Articles per page of the outlet and month lists. */
export const LIST_PAGE_SIZE = 100;

/** The title of page `current` of a paged list called `name`: `name (page 2)` after the first. */
export function pagedTitle(name: string, current: number): string {
  return current > 1 ? `${name} (page ${current})` : name;
}

/** A month list's heading and one-line summary (`null` is the undated articles' list). */
export function monthHeading(
  month: string | null,
  total: number,
): { name: string; summary: string } {
  const name = month ? formatMonth(month) : 'Undated articles';
  const summary = month
    ? `${formatCount(total, 'article')} published in ${name}.`
    : `${formatCount(total, 'article')} whose date is unknown.`;
  return { name, summary };
}
