/**
 * CSV (RFC 4180) with no project knowledge: one field, and rows with a header row. Pure, so the
 * build's data files (`/data/quotes.csv`) and the browser's search downloads write the same CSV.
 */

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; null is empty. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // A text cell opening with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula
  // by spreadsheets (CSV injection): a leading apostrophe makes it text. Numbers are left alone.
  const text =
    typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV lines (RFC 4180, each ending in CRLF), the header row first, made as read. */
export function* csvLines<K extends string>(
  columns: readonly K[],
  rows: Iterable<Record<K, string | number | null>>,
): Generator<string> {
  yield `${columns.join(',')}\r\n`;
  for (const row of rows) yield `${columns.map((c) => csvField(row[c])).join(',')}\r\n`;
}

/** Rows as CSV (RFC 4180, CRLF line ends) with a header row. */
export function toCsv<K extends string>(
  columns: readonly K[],
  rows: Iterable<Record<K, string | number | null>>,
): string {
  return [...csvLines(columns, rows)].join('');
}
