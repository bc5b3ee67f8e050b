/**
 * Downloading the results of a search: every result (not only the page shown), written in the
 * browser as CSV or JSON Lines (`src/search/export.ts`) and saved through a Blob link.
 */
import type { SearchEngine } from '../search/engine.ts';
import { exportCsv, exportFileName, exportJsonl, exportRow } from '../search/export.ts';
import type { SearchState } from '../search/query.ts';
import { joinBase } from '../site/url.ts';

/** The most results one download holds. */
const DOWNLOAD_LIMIT = 100_000;

const TYPES = {
  csv: 'text/csv;charset=utf-8',
  jsonl: 'application/x-ndjson;charset=utf-8',
} as const;

export type DownloadFormat = keyof typeof TYPES;

/** Fetches every result of `state` and saves them as a file; resolves with how many rows. */
export async function downloadResults(
  engine: SearchEngine,
  state: SearchState,
  format: DownloadFormat,
  base: string,
): Promise<number> {
  const { hits } = await engine.search(state, DOWNLOAD_LIMIT, 0);
  const address = (path: string): string =>
    new URL(joinBase(base, path), window.location.href).href;
  const rows = hits.map((hit) => exportRow(hit, address));
  const text = format === 'csv' ? exportCsv(rows) : exportJsonl(rows);
  const url = URL.createObjectURL(new Blob([text], { type: TYPES[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(state.q, format);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return rows.length;
}
