/** Ordering and grouping of articles for the site's lists. */

/** The least an article needs for sorting: its id and its date (`YYYY-MM-DD` or null). */
export interface Datable {
  id: string;
  date: string | null;
}

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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(date: string | null): string | null {
  return date !== null && ISO_DATE.test(date) ? date : null;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A new array of the articles, newest first, undated last; ties broken by id. */
export function sortArticles<T extends { data: Datable }>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => {
    const da = validDate(a.data.date);
    const db = validDate(b.data.date);
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? 1 : -1;
    }
    return compareIds(a.data.id, b.data.id);
  });
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
