/** Plain-words formatting of dates, names and counts. English, independent of the build machine. */
import { MONTH_NAMES } from '../lib/month-names.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** `2025-12-04` → `4 December 2025`; anything that is not such a date comes back unchanged. */
export function formatDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** `2025-12` → `December 2025`; anything else comes back unchanged. */
export function formatMonth(isoMonth: string): string {
  const match = ISO_MONTH.exec(isoMonth);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoMonth;
  return `${month} ${match[1]}`;
}

/** Names as one English list: `A`, `A and B`, `A, B and C`; empty string for none. */
export function formatNameList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** A count with its noun: `1 article`, `6 articles`, `0 warnings` (plural defaults to noun + s). */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
