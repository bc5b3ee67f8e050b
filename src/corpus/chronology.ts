/**
 * The order in which a corpus's texts came out: oldest first, undated last, ties by id (so the
 * order never depends on the order files were read). Stories, rewrites and quote variants all
 * call the earliest text the original.
 *
 * Lists on the site run the other way: newest first, undated last (`sortArticles`).
 */

/** What the order needs of an entry. */
export interface Dated {
  date: string | null;
  id: string;
}

/** Compares two entries: oldest first, undated last, then by id. */
export function compareChronologically(a: Dated, b: Dated): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The least an article needs for sorting: its id and its date (`YYYY-MM-DD` or null). */
export interface Datable {
  id: string;
  date: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date when it is a full `YYYY-MM-DD`, else null. */
export function validDate(date: string | null): string | null {
  return date !== null && ISO_DATE.test(date) ? date : null;
}

/** Compares two ids as strings. */
export function compareIds(a: string, b: string): number {
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
