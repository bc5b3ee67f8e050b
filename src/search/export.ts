/**
 * The results of a search as a file to download (CSV or JSON Lines), made in the browser from
 * the hits: the columns of `/data/quotes.csv` (a unit test keeps them equal), one row per result.
 * The index holds no cue, via, kind or rule, so those stay empty; an article or paragraph result has no quote
 * id or speaker, and its text is the whole paragraph matched (or the article's dek). Text is
 * written as the characters it is: CSV cells a spreadsheet would run as a formula start with `'`.
 */
import { toCsv } from '../lib/csv.ts';
import type { SearchHit } from './engine.ts';

/** The columns of `/data/quotes.csv`, in order (`publish/feeds.ts` writes that file with this list). */
export const EXPORT_COLUMNS = [
  'quote_id',
  'article_id',
  'url',
  'date',
  'outlet',
  'speaker',
  'cue',
  'via',
  'text',
  'kind',
  'rule',
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | null>;

/** One result as a row; `url` turns a site path (`/quotes/<id>/`) into an address. */
export function exportRow(hit: SearchHit, url: (path: string) => string): ExportRow {
  return {
    quote_id: hit.quoteId,
    article_id: hit.articleId,
    url: url(hit.path),
    date: hit.date,
    outlet: hit.outlet,
    speaker: hit.speaker,
    cue: null,
    via: null,
    text: hit.text,
    kind: null,
    rule: null,
  };
}

/** Rows as CSV (RFC 4180, UTF-8, CRLF) with a header row, as `/data/quotes.csv` is written. */
export function exportCsv(rows: readonly ExportRow[]): string {
  return toCsv(EXPORT_COLUMNS, rows);
}

/** Rows as JSON Lines: one object a line, its keys the columns in order. */
export function exportJsonl(rows: readonly ExportRow[]): string {
  return rows.map((row) => `${JSON.stringify(row, [...EXPORT_COLUMNS])}\n`).join('');
}

/** A file name for the results of `q`: `clippings-search-interest-rates.csv`. */
export function exportFileName(q: string, extension: 'csv' | 'jsonl'): string {
  const slug = q
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `clippings-search${slug ? `-${slug}` : ''}.${extension}`;
}
