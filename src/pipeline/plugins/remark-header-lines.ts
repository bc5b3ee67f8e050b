/**
 * Reads date and byline header lines at the top of a file — ` date 2025-12-04 By Jessie Yeung,
 * Svitlana Vlasova`, `By Jane Doe | December 4, 2025`, `Published: 4 Dec 2025` — into
 * `file.data.clippings.header`, and takes them out of the text (kept in `removed`).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { blockText } from '../blocks.ts';
import { copyAct } from '../date-act.ts';
import { findDate, isTimeOnly } from '../dates.ts';
import {
  bylineMarker,
  bylinePieces,
  isAffiliation,
  pieceKind,
  readByline,
  readSurnameFirst,
  withoutHandles,
} from '../byline.ts';
import { isLead } from '../line-form.ts';
import { nameCase } from '../name-case.ts';
import { readPlaceSegment, type PlaceSegment } from '../place-line.ts';
import { PRINT_PAGE } from '../provenance-line.ts';
import type { Article } from '../types.ts';

/**
 * How many leading blocks (other than header lines) the header zone spans at least; above a
 * page's chrome (feed fields, a saved page's head, reactions), it runs on to the lead, up to
 * `MAX_HEADER_ZONE` blocks.
 */
const HEADER_ZONE = 6;
const MAX_HEADER_ZONE = 40;
/** Header lines are short. */
const MAX_HEADER_LENGTH = 200;

const DATE_MARKER =
  /^(?:date|dated|published|posted|updated|last updated|first published|published on|posted on)\b\s*:?\s*/i;
const SEPARATOR = /\s*(?:\||·|•|—|–|\s-\s|\bon\b)\s*/;

export interface HeaderFacts {
  date?: string | undefined;
  /** The date is that of an update (`Last updated: …`, `Modified …`), not of publication. */
  updatedOnly?: boolean;
  authors: string[];
  /** A line of names read as the byline because a header line stands beside it. */
  vouched?: boolean;
}

/** Removes header lines from the first article and records what they said. */
export default function remarkHeaderLines() {
  return (tree: Root, file: VFile): void => {
    const facts = (file.data.clippings ??= {});
    const article = tree.children.find((n): n is Article => n.type === 'article');
    if (!article) return;
    const header: HeaderFacts = { authors: [] };
    // The top zone: header lines may sit among the headline, a kicker, a photo credit or a cookie
    // notice, so every short line of the first blocks is tried, not only the first.
    const zone: Array<{ text: string; read: HeaderFacts | undefined }> = [];
    let kept = 0;
    let lead = false;
    for (const node of article.children) {
      if (kept >= MAX_HEADER_ZONE || (kept >= HEADER_ZONE && lead)) break;
      const text = node.type === 'paragraph' ? blockText(node) : '';
      const read = readHeaderLine(text);
      zone.push({ text, read });
      if (!read) kept++;
      lead ||= isLead(text);
    }
    readByNeighbours(zone);
    const removed = new Set<number>();
    // `Last updated: Sept. 13` above `Posted: Sept. 12`: the published date is the article's.
    let updated: string | undefined;
    zone.forEach(({ text, read }, index) => {
      if (!read) return;
      if (read.updatedOnly) updated ??= read.date;
      else header.date ??= read.date;
      if (header.authors.length === 0 && !read.vouched) header.authors = read.authors;
      removed.add(index);
      (facts.fileRemoved ??= []).push({ text, reason: 'metadata-line' });
    });
    // A line that names the writers on its own (`By …`) outranks one a neighbour vouches for.
    if (header.authors.length === 0)
      header.authors =
        zone.find(({ read }) => read?.vouched && read.authors.length > 0)?.read?.authors ?? [];
    article.children = article.children.filter((_, index) => !removed.has(index));
    if (!header.date && updated) {
      header.date = updated;
      header.updatedOnly = true;
    }
    if (header.date || header.authors.length > 0) facts.header = header;
  };
}

/** A name line or an affiliation line is short. */
const MAX_NEIGHBOUR_WORDS = 6;

/**
 * Header lines vouch for their neighbours: a line of names alone (`Michael Haltzel`, `NANCY
 * COOK`) right beside a header line is the byline, and a line that only says where the writer
 * works (`Political Reporter`, `The Huffington Post`) right beside a byline is its affiliation.
 * Runs until no line changes, so a date line, a name line and an affiliation line are read as one
 * header run.
 */
function readByNeighbours(zone: Array<{ text: string; read: HeaderFacts | undefined }>): void {
  let changed = true;
  while (changed) {
    changed = false;
    zone.forEach((line, index) => {
      if (line.read) return;
      const text = line.text.trim();
      const words = text.split(/\s+/).length;
      // One word (`ABSTRACT.`, `SHARE`) is a label, not a name or a desk.
      if (text === '' || words < 2 || words > MAX_NEIGHBOUR_WORDS) return;
      const near = [zone[index - 1]?.read, zone[index + 1]?.read].filter(
        (r): r is HeaderFacts => r !== undefined,
      );
      if (near.length === 0) return;
      const byline = /[.!?]$/.test(text) ? undefined : readByline(text, true);
      if (byline && byline.authors.length > 0) {
        line.read = { authors: byline.authors, vouched: true };
        changed = true;
      } else if (near.some((r) => r.authors.length > 0) && isAffiliation(text)) {
        line.read = { authors: [] };
        changed = true;
      }
    });
  }
}

/**
 * Reads one header line; undefined when the line is not a header line. A line opened by a date
 * marker or `By` is read as before; any other short line is read as segments (below). Pieces of a
 * byline that name where the writer works (`Breitbart News`) are not authors.
 */
export function readHeaderLine(written: string): HeaderFacts | undefined {
  const read = readHeaderFields(written);
  if (!read?.date) return read;
  // `Created: 08/04/2017`, `Clipping added by … on Jun 20, 2023`: the date of an act on the copy
  // (`date-act.ts`), not the article's; the line is still the copy's metadata.
  // A date in the page's address (`Saved from https://…/2016/09/16/`) is the article's.
  const found = findDate(written);
  const before = found ? written.slice(0, found.index) : '';
  if (found && !/\S*\/\/\S*$/u.test(before) && copyAct(before)) return { authors: read.authors };
  // `Wednesday, September 21, 2016 · Page B22`: the printed edition's date (the next morning's
  // paper) ranks as an update's does, below a published date and the file name's.
  if (PRINT_PAGE.test(written.trim())) return { ...read, updatedOnly: true };
  return read;
}

function readHeaderFields(written: string): HeaderFacts | undefined {
  const plain = withoutEmphasis(written);
  const line = withoutIcons(plain);
  const labelled = line !== plain;
  // `WARC-Date: …`, `Last-Modified: …`: a protocol's or an archive's field dates the copy.
  if (PROTOCOL_FIELD.test(line)) return undefined;
  const marked = readMarkedLine(line);
  if (marked && marked.authors.length > 0)
    return { ...marked, authors: withoutAffiliation(marked.authors) };
  // A date line may carry a byline the date reading let through (`… 07.27 EDT | IAN HANCHETT`).
  const segments = readSegments(line.trim(), labelled);
  if (segments && (!marked || segments.authors.length > 0))
    return marked?.date ? { ...marked, authors: segments.authors } : segments;
  return marked;
}

/**
 * A line as read without the marks of emphasis around it, left by a Markdown clip or a CMS export
 * (`*By Charlie Spiering*`, `__Updated Sept. 4__`): marks of typography, not words.
 */
const withoutEmphasis = (line: string): string =>
  line.trim().replace(/^([*_]{1,3})(?=\S)(.*\S)\1$/u, '$2');

/**
 * Icons that label a header's fields (`👤 Amanda Terkel  🕒 September 16, 2016  💬 226`,
 * `✍️ Mark Landler`) part its segments as a bar does; a line opened by one starts with its field.
 */
const ICON = /[\p{Extended_Pictographic}\p{So}][\uFE0F\u200D\p{Extended_Pictographic}\p{So}]*/gu;
function withoutIcons(line: string): string {
  if (!ICON.test(line)) return line;
  return line
    .replace(ICON, ' | ')
    .replace(/^[\s|]+|[\s|]+$/g, '')
    .replace(/(?:\s*\|\s*)+/g, ' | ');
}

/** A field's label: one to three capitalised words (`Your Money`, `U.S.`, `Business Day`). */
const isLabel = (text: string): boolean =>
  /^\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,2}$/u.test(text.trim());

/** Drops trailing affiliation pieces from a byline's names, keeping at least one name. */
function withoutAffiliation(authors: string[]): string[] {
  let end = authors.length;
  while (end > 1 && pieceKind(authors[end - 1]!) === 'affiliation') end--;
  const names = authors.slice(0, end);
  return end < authors.length && !/\p{Ll}/u.test(names.join(' ')) ? names.map(nameCase) : names;
}

/** A field of a protocol or an archive: capitalised words joined by hyphens, and a colon. */
const PROTOCOL_FIELD = /^\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)+:/u;
const SEGMENT_SPLIT = /\s+[|·•—–/-]\s+|\s*[|;]\s*/;
const UPDATED = /\b(?:updated|modified)\b/i;
/** A note in brackets after a date or time: `(updated)`, `(corrected)`. */
const BRACKET_NOTE = /\s*\((\p{Ll}+)\)\s*$/u;
/** A count with its unit and no name: `8 min read`, `455 comments`. */
const COUNTER = /^\d[\d,.]*(?:\s+\p{Ll}+(?:\s+\p{Ll}+)?)?$/u;
const TRAILING_MARKER = /[\s,]*\b(?:published|posted|updated|on)\s*:?[\s,]*$/i;
/** A site's address alone: `politico.com`, `www.usatoday.com`. */
const SITE_ADDRESS =
  /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|co\.uk|news|[a-z]{2})$/iu;
/** A day of the month without its year, as datelines give it: `Sunday, Sept. 25`. */
const DAY_OF_MONTH =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}$/iu;
/** What may follow a date in its segment: a time, a zone (`04:41 PM ET`), at most this long. */
const MAX_AFTER_DATE = 14;

/**
 * A header line of any shape: segments (split on `|`, `·`, `•`, dashes) each a date (with its
 * marker word, time and zone), a byline (names, then affiliations; a date may follow the names in
 * the same segment: `Pam Key, Breitbart Published Thu December 3, 2015`), an affiliation, or an
 * update note (`Updated 6 hours ago`), or a dateline's place (`place-line.ts`) and day of the
 * month. Any other segment means the line is not a header line.
 * The first date not marked as an update is the article's date.
 */
function readSegments(text: string, labelled = false): HeaderFacts | undefined {
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return undefined;
  let date: string | undefined;
  let updated: string | undefined;
  let authors: string[] = [];
  let place: PlaceSegment | undefined;
  let day = false;
  const dated = findDate(text) !== undefined;
  for (const raw of text.split(SEGMENT_SPLIT)) {
    const note = BRACKET_NOTE.exec(raw);
    const segment = note ? raw.slice(0, note.index) : raw;
    const marker = DATE_MARKER.exec(segment);
    // `Updated …`, `Last modified on …`, `… (updated)`: the date of an update, not of the story.
    const isUpdate =
      UPDATED.test(note?.[1] ?? '') || UPDATED.test(segment.split(/\s+/).slice(0, 3).join(' '));
    const rest = marker ? segment.slice(marker[0].length) : segment;
    const found = findDate(rest);
    let names = rest;
    if (found) {
      const after = rest.slice(found.index + found.text.length).replace(/\s/g, '');
      if (after.length > MAX_AFTER_DATE) return undefined;
      if (isUpdate) updated ??= found.iso;
      else date ??= found.iso;
      names = rest.slice(0, found.index).replace(TRAILING_MARKER, '');
      // `Last modified on`, `First published`: words in lower case before the date mark it.
      if (
        /(?:^|\s)\p{Ll}/u.test(names.trim()) &&
        names.trim().split(/\s+/).length <= 4 &&
        !bylineMarker(names)
      )
        continue;
    } else if (isUpdate || (marker && rest.trim() === '')) {
      continue;
    } else if (isTimeOnly(rest) || COUNTER.test(rest.trim())) {
      // A time beside the date (`… / 02:07 PM`), a reading time or a count (`8 min read`): the
      // line still needs a date or a byline to be a header line.
      continue;
    } else if (SITE_ADDRESS.test(rest.trim())) {
      // The site's address beside the byline (`politico.com · by Kyle Cheney · 6 min`).
      continue;
    }
    if (names.trim() === '') continue;
    const by = bylineMarker(names);
    // A `By`, or a date on the line, vouches for a bare list of names.
    const byline = readByline(by ? names.slice(by) : names, by > 0 || dated);
    if (!byline) {
      // `Jeff Poor | Staff Writer`: an affiliation after the names; on a line whose fields an
      // icon labels, a field of a few capitalised words after them (`🏷️ Your Money`, a section).
      if (authors.length > 0 && (isAffiliation(names) || (labelled && isLabel(names)))) continue;
      // Where the story was filed (`📍 Washington, D.C.`, `WASHINGTON (Reuters)`), and the day
      // of the month a dateline gives without its year (`Sunday, Sept. 25`).
      const here = readPlaceSegment(names);
      if (here) {
        place ??= here;
        continue;
      }
      if (DAY_OF_MONTH.test(names.trim())) {
        day = true;
        continue;
      }
      return undefined;
    }
    if (authors.length === 0) authors = byline.authors;
  }
  const updatedOnly = !date && updated !== undefined;
  date ??= updated;
  if (day && !place) return undefined;
  // A dateline alone on its line needs a dateline's mark or a day: a place alone is a headline.
  if (!date && authors.length === 0) return place?.marked || day ? { authors: [] } : undefined;
  return updatedOnly ? { date, updatedOnly, authors } : { date, authors };
}

/** The header-line shapes read first: a date marker, or `By` at the start. */
function readMarkedLine(line: string): HeaderFacts | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_HEADER_LENGTH) return undefined;
  // ` date 2025-12-04 By A, B` — an explicit date marker, optionally followed by a byline.
  const marker = DATE_MARKER.exec(text);
  // `Posted by A on Dec. 2, 2015`: the marker word opens a byline, read as one.
  if (marker && /^by\s/i.test(text.slice(marker[0].length))) {
    return readMarkedLine(text.slice(marker[0].length));
  }
  if (marker) {
    const rest = text.slice(marker[0].length);
    const by = /\s+by\s+/i.exec(rest);
    const datePart = by ? rest.slice(0, by.index) : rest;
    const found = findDate(datePart);
    if (!found) return undefined;
    return {
      date: found.iso,
      ...(UPDATED.test(marker[0]) ? { updatedOnly: true } : {}),
      authors: by ? splitAuthors(rest.slice(by.index + by[0].length)) : [],
    };
  }
  // `By Jane Doe and John Roe | Dec. 4, 2025`, `Reporting by …`, `Authors: …`
  const by = bylineMarker(text);
  if (by > 0) {
    const body = withoutHandles(text.slice(by));
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
    const around = text.replace(found.text, ' ');
    const leftover = around.replace(/[\s,|·•—–-]/g, '');
    if (leftover.length <= 12)
      // `Last modified on …`: read on the words as written, spaces kept.
      return UPDATED.test(around)
        ? { date: found.iso, updatedOnly: true, authors: [] }
        : { date: found.iso, authors: [] };
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
  const surnameFirst = readSurnameFirst(byline.trim(), true);
  if (surnameFirst) return surnameFirst;
  const names = bylinePieces(byline);
  return /\p{Ll}/u.test(byline) ? names : names.map(nameCase);
}

/** A name: two to five words, each capitalised (or a known particle), no sentence in it. */
export function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/);
  if (words.length < 1 || words.length > 5) return false;
  return words.every(
    (w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || /^(?:de|da|van|von|der|del|la|le|bin|al)$/.test(w),
  );
}
