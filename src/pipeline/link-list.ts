/**
 * A list of links under a label, as pages put them under a story (`Related Coverage:`, `Trending
 * Now`, `Topics:`, `Share this:`) and scraped text keeps as lines of their own: a short label line
 * that is not a sentence, then two or more short lines, each one line of a link, to the point the
 * caller reads from. Read by form with compromise tags, never by the label's wording: the items
 * are headlines (a verb, three words or more, one sentence) or, under a label closed by a colon,
 * names of topics or buttons (one to four words). A story's own line-ups and lists of nominees
 * (BBC) have no verb and no label alone on a line; a line that quotes someone, or runs to two
 * sentences, is never an item.
 */
import { pieceKind, readByline } from './byline.ts';
import { findDate } from './dates.ts';
import { anyTagged } from './document/tokens.ts';
import { listShape } from './lists.ts';

/** A link list found above a point: the label's index and the items under it. */
export interface LinkList {
  /** Index of the label line in the texts given. */
  label: number;
  /** How many items the label heads (list blocks count each of their items). */
  items: number;
  /** What the items are, in words. */
  kind: 'headlines' | 'topics';
}

/** A label is at most this many words. */
const MAX_LABEL_WORDS = 5;
/** An item is a headline or a topic, never a paragraph. */
const MAX_ITEM_WORDS = 16;
/** A topic or a button is a word or a short name. */
const MAX_TOPIC_WORDS = 4;
/** At most this many lines are read up from the point as items. */
const MAX_ITEMS = 10;

const QUOTATION = /["“”«»]/u;
/** A sentence closed inside the line and another opening after it. */
const TWO_SENTENCES = /[.!?]['’”")\]]*\s+["“‘']?\p{Lu}/u;
const CLOSED = /[.!?]['’”")\]]*$/u;
/** A pointer before a link: `>>`, `▶`, `»`. */
const POINTER = /^(?:>>?|▶|►|»)\s*/u;

/**
 * The link list whose last line is `texts[end]`: walks up over item lines (a list block gives its
 * items) to a label line. Null when there is no label, fewer than two items, or the items are of
 * neither kind.
 */
export function linkListEndingAt(texts: readonly string[], end: number): LinkList | null {
  const items: string[] = [];
  for (let at = end; at >= 0 && items.length <= MAX_ITEMS; at--) {
    const text = texts[at]!.trim();
    // A line with a date under it is a story's headline in the list, not the list's label.
    if (items.length >= 2 && isLabel(text) && !isDateLine(items[0]!)) {
      const kind = kindOf(items, text);
      if (kind) return { label: at, items: items.length, kind };
    }
    const list = listShape(text);
    const lines = list ? list.items : [text];
    if (!lines.every(isItemShaped)) return null;
    items.unshift(...lines);
  }
  return null;
}

/**
 * Headlines when most items are; topics when all are and the label closes with a colon. Links
 * differ from each other: a line said twice (`Winners meet in final match` under each group of a
 * BBC fixture list) is the story's own.
 */
function kindOf(all: readonly string[], label: string): LinkList['kind'] | null {
  // A date under a headline is that story's date (an author's page lists each story so).
  const items = all.filter((item) => !isDateLine(item));
  if (new Set(items).size < items.length) return null;
  const headlines = items.filter(isHeadline).length;
  if (headlines >= 2 && headlines * 2 > items.length && items.length * 2 >= all.length)
    return 'headlines';
  if (label.endsWith(':') && items.every(isTopic)) return 'topics';
  return null;
}

/** A line that is only a date (`Sept. 12, 2016`, `09/14/2016`). */
function isDateLine(line: string): boolean {
  const found = findDate(line);
  return found !== undefined && line.trim().length - found.text.length <= 2;
}

/**
 * The writer a list's label names (`More from Danielle Paquette`, `NANCY COOK`): the name after
 * the label's last preposition, or the whole label, when it is a person's name. A list of
 * headlines under it is the writer's page: that writer wrote the story too.
 */
export function labelWriter(label: string): string[] {
  const tail = label.trim().replace(/^.*\b(?:from|by|of)\s+/iu, '');
  if (pieceKind(tail) !== 'person') return [];
  return readByline(tail, true)?.authors ?? [];
}

/** A label: a few words alone on a line, not a sentence (no closing full stop, `?` or `!`). */
export function isLabel(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length > MAX_LABEL_WORDS || CLOSED.test(line) || QUOTATION.test(line)) return false;
  if (listShape(line) || /^[-*•▪●–]\s/u.test(line) || isDateLine(line)) return false;
  return /^\p{Lu}/u.test(line);
}

/** One short line, one sentence at most, quoting nobody, opening with a capital or a digit. */
function isItemShaped(line: string): boolean {
  const text = line.replace(POINTER, '');
  const words = text.split(/\s+/);
  if (words.length > MAX_ITEM_WORDS || QUOTATION.test(text) || TWO_SENTENCES.test(text))
    return false;
  return /^[\p{Lu}\p{N}]/u.test(text) && !text.endsWith(':');
}

const VERB = ['Verb'];

/**
 * A headline: three words or more with a verb (`Early voting begins in key battleground states`).
 * A headline in title case is read in lower case too, where compromise takes its capitalised
 * words for names (`Clinton Plan for Taxes Is Expansive but Complex`).
 */
function isHeadline(line: string): boolean {
  const text = line.replace(POINTER, '').replace(/(?:…|\.\.\.)$/u, '');
  if (text.split(/\s+/).length < 3) return false;
  return anyTagged(text, VERB) || anyTagged(text.toLowerCase(), VERB);
}

/** A topic or a button: one to four words, not a sentence (`National Security`, `Copy link`). */
function isTopic(line: string): boolean {
  return line.split(/\s+/).length <= MAX_TOPIC_WORDS && !CLOSED.test(line);
}
