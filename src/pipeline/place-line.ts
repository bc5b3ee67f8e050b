/**
 * A dateline's place set on a line of its own or as a segment of a header line, the way pages
 * print where a story was filed: `📍 Washington, D.C.`, `DATELINE: RALEIGH, N.C.`, `COLUMBUS,
 * Ohio, Sept. 26 (UPI) -`, `WASHINGTON (Reuters)`. Read by form and compromise's tags, never by a
 * list of places: one to three parts split by commas, each of capitalised words or abbreviations
 * (`N.C.`), the first written in capitals as datelines are or one word of it typed a place; a
 * day of the month, an agency in brackets and a closing dash may follow, and a pin or a one-word
 * label (`Dateline:`) may open it.
 */
import { anyTagged } from './document/tokens.ts';

/** A place as a dateline writes it, and what came with it. */
export interface PlaceSegment {
  place: string;
  agency?: string;
  /** Opened by a pin or a label, closed by a dash, with a day or an agency: a dateline's marks. */
  marked: boolean;
}

const OPENING_MARK = /^[^\p{L}\p{N}(]+/u;
const LABEL = /^\p{L}+\s*:\s*/u;
const CLOSING_DASH = /\s*(?:—|–|--|-)\s*$/u;
const AGENCY = /\s*\(([\p{Lu}][\p{L}\p{N} .&'’-]{0,30})\)$/u;
const DAY = /,?\s*(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}$/u;
/** A part of a place: capitalised words or abbreviations (`D.C.`, `St.`), at most four. */
const PART = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|la|upon))*$/u;
const MAX_PART_WORDS = 4;

/** Reads `segment` as a dateline's place; undefined when it is anything else. */
export function readPlaceSegment(segment: string): PlaceSegment | undefined {
  let text = segment.trim();
  let marked = false;
  const opening = OPENING_MARK.exec(text);
  if (opening) {
    marked = true;
    text = text.slice(opening[0].length);
  }
  const label = LABEL.exec(text);
  if (label) {
    marked = true;
    text = text.slice(label[0].length);
  }
  if (CLOSING_DASH.test(text)) {
    marked = true;
    text = text.replace(CLOSING_DASH, '');
  }
  const agencyMatch = AGENCY.exec(text);
  const agency = agencyMatch?.[1]?.trim();
  if (agencyMatch) text = text.slice(0, agencyMatch.index);
  const withDay = DAY.test(text);
  text = text.replace(DAY, '').trim();
  const parts = text.split(/\s*,\s*/u);
  if (text === '' || parts.length > 3) return undefined;
  if (!parts.every((p) => PART.test(p) && p.split(/\s+/u).length <= MAX_PART_WORDS))
    return undefined;
  marked ||= withDay || agency !== undefined;
  // A place compromise types as one, or a dateline's capitals with a region, a day or a mark.
  const first = parts[0]!;
  const capitals = first.replace(/[^\p{L}]/gu, '').length >= 3 && !/\p{Ll}/u.test(first);
  // A town and a region abbreviated as datelines do (`Trenton, N.J.`, `Flint, Mich.`).
  const abbreviatedRegion = parts.length === 2 && /^\p{Lu}[\p{L}.]{0,4}\.$/u.test(parts[1]!);
  if (
    !anyTagged(text, ['Place']) &&
    !(capitals && (marked || parts.length > 1)) &&
    !(marked && abbreviatedRegion)
  )
    return undefined;
  return { place: text, ...(agency ? { agency } : {}), marked };
}
