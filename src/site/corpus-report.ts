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

/** One file of the report as its row shows it: articles with titles, raw-text key, warnings once each. */
export interface ReportRow {
  file: string;
  status: 'ok' | 'warning' | 'skipped';
  bytes: number;
  reason: string | null;
  /** Its articles with their titles (the id when the article is missing). */
  entries: { id: string; title: string }[];
  /** The key of its raw text (`/raw/<key>.txt`), or null when no article was made from it. */
  rawKey: string | null;
  removedCount: number;
  /** Its warnings, each once, in order. */
  warnings: string[];
}

/**
 * The report's rows, by path: all a page of the report shows of its files, so that a page's
 * props (and page-cache digest) hold only its own files.
 */
export function reportRows(
  files: readonly (Countable & { bytes: number; reason: string | null })[],
  titles: ReadonlyMap<string, string>,
  rawKeys: ReadonlyMap<string, string>,
): ReportRow[] {
  return sortFileReports(files.map((data) => ({ data }))).map(({ data: f }) => ({
    file: f.file,
    status: f.status,
    bytes: f.bytes,
    reason: f.reason,
    entries: f.entries.map((id) => ({ id, title: titles.get(id) ?? id })),
    rawKey: rawKeys.get(f.file) ?? null,
    removedCount: f.removedCount,
    warnings: [...new Set(f.warnings)],
  }));
}
