/**
 * Hard-wrapped text (e-mail and plain-text archives, text copied out of a PDF): paragraphs broken
 * into lines at a fixed width. A wrapping program breaks a line where the next word would not
 * fit, so in a wrapped file most lines end near one width, mid-sentence, and the line after opens
 * with a word too long to have fitted on them; a typesetter may also break a word itself, with a
 * hyphen (`recove-` / `ring`). Read per file from the lengths of its lines: nothing is joined in a
 * file whose paragraphs are one line each (their lines are far longer than any wrapping width) or
 * whose short lines end sentences (headers, lists, a poem).
 */
import { isListItem } from './lists.ts';
import { lexiconKind } from './quotes/first-names.ts';
import type { Vocabulary } from './types.ts';

/** Widths a wrapping program uses (a newspaper column ~30, e-mail 72, terminals 80), and room. */
const MIN_WIDTH = 25;
const MAX_WIDTH = 100;
/** The share of lines that may run past the width (headlines, links, lines left unwrapped). */
const LONGER_SHARE = 0.2;
/** Evidence a file is wrapped: lines broken mid-sentence where the next word would not fit. */
const MIN_BREAKS = 4;
const MIN_BREAK_SHARE = 0.2;
/** A sentence's end at a line's end: a full stop, question or exclamation mark, colon or semicolon. */
const SENTENCE_END = /[.!?:;]["'”’)\]]*$/u;
/** A word broken at the line's end by a hyphen, continued in lower case on the next line. */
const BROKEN_WORD = /\p{L}-$/u;
const LOWER_START = /^\p{Ll}/u;
/** An indent that opens a paragraph (a few spaces or a tab), not a line centred or set in a block. */
const MAX_INDENT = 8;
/** Paragraphs are marked by their first line's indent when this many lines are so set … */
const MIN_INDENTED = 3;

/** How a file was wrapped: its width, and which lines continue the line before. */
export interface HardWrap {
  /** The width its lines were wrapped at (few lines are longer). */
  width: number;
  /** `continues[i]`: line i is the next line of the paragraph line i − 1 is in. */
  continues: boolean[];
  /** `brokenWord[i]`: line i continues a word the line before broke with a hyphen. */
  brokenWord: boolean[];
  /** How many lines were joined to the line before. */
  joined: number;
  /** Whether a paragraph's first line is marked by an indent (the file's own paragraph mark). */
  indented: boolean;
}

/** The first word of a line: what the wrapping program could not fit on the line before. */
function firstWordLength(line: string): number {
  const space = line.indexOf(' ');
  return space < 0 ? line.length : space;
}

/** True when `line` ends where the word opening `next` would not have fitted within `width`. */
function brokenBefore(line: string, next: string, width: number): boolean {
  return line.length + 1 + firstWordLength(next) > width;
}

/** True when `line` ends in a word broken by a hyphen that `next` continues. */
function wordBroken(line: string, next: string): boolean {
  return BROKEN_WORD.test(line) && LOWER_START.test(next);
}

/** Lines of `width` or less broken mid-sentence where the next word would not fit (or mid-word). */
function breaksAt(lines: readonly string[], width: number): number {
  let breaks = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (!line || !next || line.length > width) continue;
    if (wordBroken(line, next) || (brokenBefore(line, next, width) && !SENTENCE_END.test(line)))
      breaks++;
  }
  return breaks;
}

/**
 * The width the file was wrapped at: of the widths that at most a fifth of the lines exceed, the
 * one at which most lines end where the next word would not have fitted.
 */
function wrapWidth(lines: readonly string[], lengths: readonly number[]): [number, number] {
  let best: [number, number] = [0, 0];
  for (let width = MIN_WIDTH; width <= MAX_WIDTH; width++) {
    if (lengths.filter((n) => n > width).length > lengths.length * LONGER_SHARE) continue;
    const breaks = breaksAt(lines, width);
    if (breaks >= best[1]) best = [width, breaks];
  }
  return best;
}

/**
 * Whether the file marks a paragraph's first line with an indent: at least three lines of text
 * are indented (a few spaces), and indented lines are the fewer.
 */
function indentMarksParagraphs(lines: readonly string[], indents: readonly number[]): boolean {
  let indented = 0;
  let text = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]) continue;
    text++;
    const indent = indents[i] ?? 0;
    if (indent > 0 && indent <= MAX_INDENT) indented++;
  }
  return indented >= MIN_INDENTED && indented * 2 < text;
}

/**
 * Reads whether the lines (trimmed, blank ones as empty strings) were hard-wrapped and which of them
 * continue the line before; null for a file that is not wrapped. `indents` (the spaces before each
 * line) lets an indented first line open a paragraph.
 */
export function readHardWrap(
  lines: readonly string[],
  indents: readonly number[] = [],
): HardWrap | null {
  const lengths = lines.filter((l) => l !== '').map((l) => l.length);
  if (lengths.length < MIN_BREAKS + 2) return null;
  const [width, breaks] = wrapWidth(lines, lengths);
  if (breaks < MIN_BREAKS || breaks < lengths.length * MIN_BREAK_SHARE) return null;
  const indented = indentMarksParagraphs(lines, indents);
  const brokenWord = lines.map((line, i) => i > 0 && wordBroken(lines[i - 1] ?? '', line));
  // In a file whose paragraphs open indented, the lines after an indented one are its paragraph's.
  let inIndented = false;
  const continues = lines.map((line, i) => {
    const before = i > 0 ? (lines[i - 1] ?? '') : '';
    const indent = indents[i] ?? 0;
    if (line === '') inIndented = false;
    else if (indented && indent > 0 && indent <= MAX_INDENT) {
      inIndented = true;
      return false;
    }
    if (before === '' || line === '' || listItemAt(lines, i)) return false;
    return brokenWord[i] || (indented && inIndented) || brokenBefore(before, line, width);
  });
  return {
    width,
    continues,
    brokenWord: brokenWord.map((b, i) => b && (continues[i] ?? false)),
    joined: continues.filter(Boolean).length,
    indented,
  };
}

/**
 * A list item, unless it is a lone line opened by a dash that carries on a sentence the line
 * before broke off (`… advanced economies` / `- which include Europe, Britain,`): a list has
 * items next to one another, or follows a line that ends a sentence.
 */
function listItemAt(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (!isListItem(line)) return false;
  const before = lines[i - 1] ?? '';
  const after = lines[i + 1] ?? '';
  return (
    !/^[-–—] /u.test(line) || SENTENCE_END.test(before) || isListItem(before) || isListItem(after)
  );
}

/** A word the corpus uses more than once or compromise's lexicon lists. */
function isWord(word: string, vocabulary: Vocabulary | undefined): boolean {
  const lower = word.toLowerCase();
  return (vocabulary?.known(lower) ?? false) || lexiconKind(lower) !== undefined;
}

const TAIL = /(\p{L}+)-$/u;
const HEAD = /^\p{L}+/u;

/** A line joined to one ending in a word broken by a hyphen; `repair` when the hyphen went. */
export interface BrokenWordJoin {
  text: string;
  repair?: { before: string; after: string; detail: string };
}

/**
 * Joins the line `next` to `line`, which ends in a word broken by a hyphen: the hyphen was the
 * typesetter's (`recove-` `ring` → `recovering`) when the joined word is a word, or when the parts
 * are not both words (`McC-` `rummen`); it was the word's own (`state-` `designated`) when both
 * parts are words and the joined one is not.
 */
export function joinBrokenWord(
  line: string,
  next: string,
  vocabulary: Vocabulary | undefined,
): BrokenWordJoin {
  const left = TAIL.exec(line)?.[1] ?? '';
  const right = HEAD.exec(next)?.[0] ?? '';
  const joinedIsWord = isWord(left + right, vocabulary);
  if (!joinedIsWord && isWord(left, vocabulary) && isWord(right, vocabulary))
    return { text: `${line}${next}` };
  return {
    text: `${line.slice(0, -1)}${next}`,
    repair: {
      before: `${left}-${right}`,
      after: `${left}${right}`,
      detail: joinedIsWord
        ? `a word broken by a hyphen at a line's end rejoined ("${left}${right}" is a word)`
        : `a word broken by a hyphen at a line's end rejoined ("${left}" and "${right}" are not both words)`,
    },
  };
}
