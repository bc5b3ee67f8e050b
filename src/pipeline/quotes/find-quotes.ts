/**
 * Finds quotation spans in an article's paragraphs: curly and straight double quotes and «»,
 * nested single quotes kept inside, a quote left open at the end of a paragraph continued by the
 * next paragraph that opens with a mark. Inch marks (`6' 2"`) are not quotes.
 *
 * An opening mark met while a quotation is open is, in order: the next paragraph of the
 * quotation run onto the line (after a sentence end); a new quotation introduced by a sentence of
 * narration that lost the closing mark before it (`… promoted. He added: "The whole …`); a
 * quotation nested in the open one (`what he calls “hell” than live …”`), when the open one
 * closes after it; else the open one lost its closing mark.
 */
import { CUE_IN } from './cues.ts';

/** A quotation found in one block. Offsets are of the words inside the marks. */
export interface QuoteSpan {
  block: number;
  /** Offset of the opening mark and just past the closing mark (or the block end). */
  open: number;
  close: number;
  /** The words inside the marks. */
  start: number;
  end: number;
  text: string;
  /** False when the paragraph ended before a closing mark (a quote running on). */
  closed: boolean;
  /** Index (in the returned list) of the span this one continues across paragraphs. */
  continues?: number;
}

/** A stage direction of a transcript, in brackets, all a quotation holds: `"(CROSSTALK.)`. */
const ASIDE = /^[([][^()[\]]*[)\]][.!?]?$/u;

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
/** Every character the scan of `findQuotes` acts on. */
const MARK = /["“”«»„]/g;

/** Finds the quotation spans of consecutive blocks. */
export function findQuotes(blocks: readonly string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let runningOn: number | undefined;
  blocks.forEach((text, block) => {
    let openAt = -1;
    const startsWithMark = /^\s*["“”«„]/.test(text);
    const carried = runningOn !== undefined && !startsWithMark ? undefined : runningOn;
    runningOn = undefined;
    // The span an opening mark after a sentence end ran on from (`"… cut rates. "Dismal …`).
    let runOn: number | undefined;
    const push = (open: number, close: number, closed: boolean): void => {
      const inner = trimSpan(text, open + 1, closed ? close - 1 : close);
      if (inner.end <= inner.start || ASIDE.test(text.slice(inner.start, inner.end))) return;
      const span: QuoteSpan = {
        block,
        open,
        close,
        ...inner,
        text: text.slice(inner.start, inner.end),
        closed,
      };
      if (carried !== undefined && open === text.search(/["“”«„]/) && spans.length > 0)
        span.continues = carried;
      if (runOn !== undefined && runOn < spans.length) span.continues = runOn;
      runOn = undefined;
      spans.push(span);
    };
    for (let i = 0; i < text.length; i++) {
      // Only a quotation mark opens, closes or nests: the words between are passed over.
      MARK.lastIndex = i;
      const mark = MARK.exec(text);
      if (!mark) break;
      i = mark.index;
      const c = text[i]!;
      if (openAt < 0) {
        if (OPENERS.has(c) || (c === STRAIGHT && opensHere(text, i)) || opensAsTypo(text, i))
          openAt = i;
      } else if ((c === STRAIGHT || OPENERS.has(c)) && opensRunOn(text, i)) {
        // `"… cut rates. "Dismal reports …`: the next paragraph of the quotation, run onto this
        // line. The part before ends without its closing mark; the next part continues it.
        const before = spans.length;
        push(openAt, i, false);
        if (spans.length > before) runOn = before;
        openAt = i;
      } else if ((c === STRAIGHT || OPENERS.has(c)) && introducedAt(text, openAt, i) > 0) {
        // `"… which was not properly promoted. He added: "The whole world …`: the sentence
        // before the colon is narration, the quotation before it lost its closing mark.
        push(openAt, introducedAt(text, openAt, i), false);
        openAt = i;
      } else if (c === STRAIGHT && text[openAt] === STRAIGHT && nestedStraight(text, i)) {
        // `"When I was first elected …, he was the "Father of the House" and as such …`.
        i = text.indexOf(STRAIGHT, i + 1);
      } else if (CLOSERS.has(c) || c === STRAIGHT || closesAsTypo(text, i)) {
        push(openAt, i + 1, true);
        openAt = -1;
      } else if (
        c === '“' &&
        text[openAt] === STRAIGHT &&
        /\S/.test(text.slice(openAt + 1, i)) &&
        nestedCurly(text, i)
      ) {
        // `"The U.S. Department of Justice isn’t about “Equal Justice Under Law” anymore.`: curly
        // marks inside a straight quote nest, as single marks do.
        i = text.indexOf('”', i);
      } else if (c === '“' && text[openAt] === '“' && nestedCurly(text, i, true)) {
        // `“… I’d rather live in what he calls “hell” than live in a world where he is president.”`
        i = text.indexOf('”', i);
      } else if (OPENERS.has(c)) {
        // A new opening mark while one is open: the first quote lost its closing mark.
        push(openAt, i, false);
        openAt = i;
      }
    }
    if (openAt >= 0) {
      push(openAt, text.length, false);
      runningOn = spans.length - 1;
    }
  });
  return spans;
}

/**
 * An opening mark inside an open quotation that starts its next paragraph, run onto the same line:
 * it follows a sentence end and a space, and a word follows it (a closing mark never does).
 */
function opensRunOn(text: string, i: number): boolean {
  return (
    /[.!?][’')]?\s+$/u.test(text.slice(Math.max(0, i - 4), i)) && /\S/u.test(text[i + 1] ?? ' ')
  );
}

/**
 * A curly pair at `i` that closes before the next straight mark (or the paragraph end) and
 * before another opening mark; inside a curly quotation (`outer`), the outer one's closing mark
 * must follow it too, or the open quotation lost its closing mark instead.
 */
function nestedCurly(text: string, i: number, outer = false): boolean {
  const close = text.indexOf('”', i);
  const straight = text.indexOf(STRAIGHT, i);
  const reopen = text.indexOf('“', i + 1);
  const ok = close > 0 && (straight < 0 || close < straight) && (reopen < 0 || close < reopen);
  if (!ok || !outer) return ok;
  const after = text.indexOf('”', close + 1);
  const next = text.indexOf('“', close + 1);
  return after > 0 && (next < 0 || after < next);
}

/** The most words a straight quotation nested in another holds: a name or a phrase. */
const MAX_NESTED_WORDS = 6;

/**
 * A straight mark shaped as an opening one (after a space, before a word) inside a straight
 * quotation, whose pair closes (a mark after a word, before a space or punctuation) within a few
 * words: a quotation inside the open one (`he was the "Father of the House" and as such …`).
 */
function nestedStraight(text: string, i: number): boolean {
  if (!/\s/u.test(text[i - 1] ?? '') || !/[\p{L}\d]/u.test(text[i + 1] ?? ' ')) return false;
  const close = text.indexOf(STRAIGHT, i + 1);
  if (close < 0 || !/[^\s]/u.test(text[close - 1]!) || /[\p{L}\d]/u.test(text[close + 1] ?? ' '))
    return false;
  return text.slice(i + 1, close).split(/\s+/u).length <= MAX_NESTED_WORDS;
}

/** The most words of a sentence of narration introducing a quotation: `He added:`. */
const MAX_INTRO_WORDS = 8;

/**
 * An opening mark at `i`, inside the quotation opened at `openAt`, after a short sentence with a
 * reporting verb ending in a colon (`… not properly promoted. He added: "The whole world …`):
 * that sentence is narration, and the open quotation ended, without its closing mark, at the
 * sentence end before it. Returns that end, or -1.
 */
function introducedAt(text: string, openAt: number, i: number): number {
  if (!/\S/u.test(text[i + 1] ?? ' ')) return -1;
  const inside = text.slice(openAt + 1, i);
  if (!/:\s*$/u.test(inside)) return -1;
  let end = -1;
  for (const m of inside.matchAll(/[.!?][’')]?(?=\s)/gu)) end = m.index + m[0].length;
  if (end < 0) return -1;
  const intro = inside.slice(end);
  return intro.trim().split(/\s+/u).length <= MAX_INTRO_WORDS && CUE_IN.test(intro)
    ? openAt + 1 + end
    : -1;
}

/**
 * An opening mark glued to the words before it and followed by a space closes the open quote:
 * `“It's unusual,“ said Larry Noble` (an opening mark never precedes a space).
 */
function closesAsTypo(text: string, i: number): boolean {
  return (
    text[i] === '“' &&
    /[^\s“”"]/.test(text[i - 1] ?? ' ') &&
    /^(?:\s|$)/.test(text.slice(i + 1, i + 2))
  );
}

/**
 * A closing mark typed for an opening one: `”Fear. I am truly afraid …”` opening a paragraph, or
 * `called it ”a disaster”` (a closing mark never follows a space and precedes a word).
 */
function opensAsTypo(text: string, i: number): boolean {
  if (text[i] !== '”') return false;
  const before = text.slice(0, i);
  return /^\s*$/.test(before) || (/\s$/.test(before) && /^\p{L}/u.test(text.slice(i + 1, i + 2)));
}

/** A straight quote opens a quotation unless it is an inch mark or sits glued after a word. */
function opensHere(text: string, i: number): boolean {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  if (/\d/.test(before) && /[\s,.;)]/.test(after)) return false; // 6' 2", a 12" screen
  if (/\s/.test(after)) return false;
  return /[\s([—–\-/:;,]/.test(before) || i === 0;
}

function trimSpan(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
