/** Counts over the corpus report, for the home page line and the report's summary. */

/** The least a file report needs to be counted. */
export interface Countable {
  file: string;
  status: 'ok' | 'warning' | 'skipped';
  entries: readonly string[];
  warnings: readonly string[];
  removedCount: number;
}

/** Totals over all input files. */
export interface CorpusCounts {
  /** Every input file found, read or not. */
  files: number;
  /** Files read (ok or with warnings). */
  read: number;
  skipped: number;
  /** Files read with at least one warning. */
  withWarnings: number;
  /** Warnings over all files. */
  warnings: number;
  /** Articles (stories) made from the files. */
  entries: number;
  /** Pieces of text removed over all files. */
  removed: number;
}

/** Totals of files, skipped files, warnings, entries and removed pieces. */
export function countCorpus(files: readonly Countable[]): CorpusCounts {
  const counts: CorpusCounts = {
    files: files.length,
    read: 0,
    skipped: 0,
    withWarnings: 0,
    warnings: 0,
    entries: 0,
    removed: 0,
  };
  for (const f of files) {
    if (f.status === 'skipped') counts.skipped++;
    else counts.read++;
    if (f.status === 'warning') counts.withWarnings++;
    counts.warnings += f.warnings.length;
    counts.entries += f.entries.length;
    counts.removed += f.removedCount;
  }
  return counts;
}

/** A new array of the file reports sorted by path (code-point order, as the pipeline lists them). */
export function sortFileReports<T extends { data: { file: string } }>(files: readonly T[]): T[] {
  return [...files].sort((a, b) =>
    a.data.file < b.data.file ? -1 : a.data.file > b.data.file ? 1 : 0,
  );
}
