/** Date reading for header lines, on top of `chrono-node`. */
import * as chrono from 'chrono-node';

/** A date found in a piece of text: ISO `YYYY-MM-DD`, and where it sat. */
export interface FoundDate {
  iso: string;
  index: number;
  text: string;
}

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** Day, month and year in digits parted by dots (`04.10.2016`), as most of Europe writes them. */
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/;

/** Year, month and day in digits parted by dots (`2016.09.15.`). */
const YEAR_FIRST_DOTTED = /(?<![\d.])(\d{4})\.(\d{1,2})\.(\d{1,2})\.?(?![\d])/;
/** Day, month and year in digits parted by one kind of dash or slash (`20-09-2016`). */
const DAY_FIRST = /(?<![\d/-])(\d{1,2})([-/])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])/;

/** Finds the first full date (with a year) in `text`, or undefined. */
export function findDate(text: string): FoundDate | undefined {
  const iso = ISO.exec(text);
  if (iso && isRealDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))) {
    return { iso: iso[0], index: iso.index, text: iso[0] };
  }
  // `04.10.2016`: a date in digits parted by dots is written day first, where it is written so.
  const dotted = DOTTED.exec(text);
  if (dotted && isRealDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1])))
    return {
      iso: toIso(Number(dotted[3]), Number(dotted[2]), Number(dotted[1])),
      index: dotted.index,
      text: dotted[0],
    };
  // `2016.09.15.`: year first and dots, as Korean and Japanese papers print it.
  const yearFirst = YEAR_FIRST_DOTTED.exec(text);
  if (yearFirst && isRealDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])))
    return {
      iso: toIso(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])),
      index: yearFirst.index,
      text: yearFirst[0],
    };
  // `20-09-2016`, `20/09/2016`: a first number above 12 can only be the day.
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst && Number(dayFirst[1]) > 12) {
    const [, day, , month, y] = dayFirst.map(Number) as number[];
    const year = y! < 100 ? 2000 + y! : y!;
    if (isRealDate(year, month!, day!))
      return { iso: toIso(year, month!, day!), index: dayFirst.index, text: dayFirst[0] };
  }
  for (const result of chrono.parse(text)) {
    const { start } = result;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const y = start.get('year');
    const m = start.get('month');
    const d = start.get('day');
    if (y === null || m === null || d === null || !isRealDate(y, m, d)) continue;
    // The year must be written (`USA Today`, `yesterday` are certain to chrono, not to a reader).
    if (!result.text.includes(String(y).slice(2))) continue;
    return { iso: toIso(y, m, d), index: result.index, text: result.text };
  }
  return undefined;
}

/**
 * A date written in digits, year first, in a file's path: `politico_2016-09-26_slug.txt`,
 * `2016/10/04/slug.txt`, `20161004-slug.txt`. Read with the same reader as the text once its
 * separators are written as in ISO; words in the name (`september-11-anniversary`) are not read.
 */
export function findFileNameDate(file: string): FoundDate | undefined {
  for (const digits of file.matchAll(FILE_NAME_DATE)) {
    const iso = `${digits[1]}-${digits[3]}-${digits[4]}`;
    const found = findDate(iso);
    if (found?.iso === iso) return { ...found, index: digits.index, text: digits[0] };
  }
  return undefined;
}

/** Year, month and day in digits, one separator (`-`, `_`, `/`, `.`) or none between all three. */
const FILE_NAME_DATE = /(?<!\d)((?:18|19|20|21)\d\d)([-_/.]?)(\d\d)\2(\d\d)(?!\d)/g;

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1800 && y <= 2200 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * True when `text` is a time of day and little else (`02:07 PM`, `9:46 pm ET`): chrono reads an
 * hour, and what it read covers most of the letters and digits.
 */
export function isTimeOnly(text: string): boolean {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (letters === 0) return false;
  return chrono.parse(text).some((r) => {
    if (!r.start.isCertain('hour')) return false;
    const read = r.text.replace(/[^\p{L}\p{N}]/gu, '').length;
    return read >= letters - 3;
  });
}
