/**
 * The order in which a corpus's texts came out: oldest first, undated last, ties by id (so the
 * order never depends on the order files were read). Stories, rewrites and quote variants all
 * call the earliest text the original.
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
