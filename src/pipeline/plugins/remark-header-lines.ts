/**
 * Reads date and byline header lines at the top of a file — ` date 2025-12-04 By Jessie Yeung,
 * Svitlana Vlasova`, `By Jane Doe | December 4, 2025`, `Published: 4 Dec 2025` — into
 * `file.data.clippings.header`, and takes them out of the text (kept in `removed`).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { blockText } from '../blocks.ts';
import { findDate } from '../dates.ts';
import type { Article } from '../types.ts';

/** How many leading blocks may be header lines. */
const HEADER_ZONE = 4;
/** Header lines are short. */
const MAX_HEADER_LENGTH = 200;

const DATE_MARKER =
  /^(?:date|dated|published|posted|updated|last updated|first published|published on|posted on)\b\s*:?\s*/i;
const BY_MARKER = /^by\s+/i;
const SEPARATOR = /\s*(?:\||·|•|—|–|\s-\s|\bon\b)\s*/;

export interface HeaderFacts {
  date?: string | undefined;
  authors: string[];
}

/** Removes header lines from the first article and records what they said. */
export default function remarkHeaderLines() {
  return (tree: Root, file: VFile): void => {
    const facts = (file.data.clippings ??= {});
    const article = tree.children.find((n): n is Article => n.type === 'article');
    if (!article) return;
    const header: HeaderFacts = { authors: [] };
    let i = 0;
    let seenBody = 0;
    while (i < article.children.length && i + seenBody < HEADER_ZONE) {
      const node = article.children[i]!;
      const text = node.type === 'paragraph' ? blockText(node) : '';
      const read = readHeaderLine(text);
      if (!read) {
        // Allow one headline line before the header (Title / By … / date).
        if (seenBody === 0 && i === 0 && text.length < 150) {
          seenBody = 1;
          i++;
          continue;
        }
        break;
      }
      header.date ??= read.date;
      if (header.authors.length === 0) header.authors = read.authors;
      article.children.splice(i, 1);
      (facts.fileRemoved ??= []).push({ text, reason: 'metadata-line' });
    }
    if (header.date || header.authors.length > 0) facts.header = header;
  };
}

/** Reads one header line; undefined when the line is not a header line. */
export function readHeaderLine(line: string): HeaderFacts | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return undefined;
  // ` date 2025-12-04 By A, B` — an explicit date marker, optionally followed by a byline.
  const marker = DATE_MARKER.exec(text);
  // `Posted by A on Dec. 2, 2015`: the marker word opens a byline, read as one.
  if (marker && BY_MARKER.test(text.slice(marker[0].length))) {
    return readHeaderLine(text.slice(marker[0].length));
  }
  if (marker) {
    const rest = text.slice(marker[0].length);
    const by = /\s+by\s+/i.exec(rest);
    const datePart = by ? rest.slice(0, by.index) : rest;
    const found = findDate(datePart);
    if (!found) return undefined;
    return {
      date: found.iso,
      authors: by ? splitAuthors(rest.slice(by.index + by[0].length)) : [],
    };
  }
  // `By Jane Doe and John Roe | Dec. 4, 2025`
  if (BY_MARKER.test(text)) {
    const body = text.replace(BY_MARKER, '');
    const found = findDate(body);
    const namesPart = found
      ? body.slice(0, found.index).replace(new RegExp(`${SEPARATOR.source}$`), '')
      : body;
    const names = splitAuthors(namesPart.split(SEPARATOR)[0] ?? '');
    if (names.length === 0 || !names.every(looksLikeName)) return undefined;
    return { date: found?.iso, authors: names };
  }
  // A line that is only a date (with weekday or time around it).
  const found = findDate(text);
  if (found && found.text.length >= text.replace(/[^\p{L}\p{N}]/gu, '').length * 0.6) {
    const leftover = text.replace(found.text, '').replace(/[\s,|·•—–-]/g, '');
    if (leftover.length <= 12) return { date: found.iso, authors: [] };
  }
  return undefined;
}

/**
 * Splits a byline into names: `A, B and C`, `A AND B` → [A, B, C]. Keeps each name as written,
 * except in a byline set wholly in capitals (typography, not spelling: `BY JOHN O'CONNELL AND
 * JANE ROE`), whose names are written as names (`John O'Connell`). A byline that mixes cases
 * (`JIM RUTENBERG, Oleg Matsnev`) is kept as the source wrote it.
 */
export function splitAuthors(byline: string): string[] {
  const names = byline
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return /\p{Ll}/u.test(byline) ? names : names.map(nameCase);
}

/** `MCALLISTER` → `McAllister`, `O'CONNELL` → `O'Connell`; a name with lower case is kept. */
export function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase())
    .replace(/\bMc(\p{Ll})/gu, (_, c: string) => `Mc${c.toUpperCase()}`);
}

/** A name: two to five words, each capitalised (or a known particle), no sentence in it. */
export function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length < 1 || words.length > 5) return false;
  return words.every(
    (w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || /^(?:de|da|van|von|der|del|la|le|bin|al)$/.test(w),
  );
}
