/**
 * Hard-wrapped text (e-mail and plain-text archives): paragraphs broken into lines at a fixed
 * width. A wrapping program breaks a line where the next word would not fit, so in a wrapped file
 * most lines end near one width, mid-sentence, and the line after opens with a word too long to
 * have fitted on them. Read per file from the lengths of its lines: nothing is joined in a file
 * whose paragraphs are one line each (their lines are far longer than any wrapping width) or whose
 * short lines end sentences (headers, lists, a poem).
 */
import { isListItem } from './lists.ts';

/** Widths a wrapping program uses (e-mail 72, `fmt` 75, terminals 80), with room either side. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
/** The share of lines that may run past the width (headlines, links, lines left unwrapped). */
const LONGER_SHARE = 0.1;
/** Evidence a file is wrapped: lines broken mid-sentence where the next word would not fit. */
const MIN_BREAKS = 4;
const MIN_BREAK_SHARE = 0.2;
/** A sentence's end at a line's end: a full stop, question or exclamation mark, colon or semicolon. */
const SENTENCE_END = /[.!?:;]["'”’)\]]*$/u;

/** How a file was wrapped: its width, and which lines continue the line before. */
export interface HardWrap {
  /** The width its lines were wrapped at (few lines are longer). */
  width: number;
  /** `continues[i]`: line i is the next line of the paragraph line i − 1 is in. */
  continues: boolean[];
  /** How many lines were joined to the line before. */
  joined: number;
}

/** The first word of a line: what the wrapping program could not fit on the line before. */
function firstWordLength(line: string): number {
  const space = line.indexOf(' ');
  return space < 0 ? line.length : space;
}

/** True when `line` ends where the word opening `next` would not have fitted within `width`. */
function brokenBefore(line: string, next: string, width: number): boolean {
  return line.length + 1 + firstWordLength(next) >= width;
}

/** The width most lines keep to: the shortest length that at most one line in ten exceeds. */
function wrapWidth(lengths: number[]): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * (1 - LONGER_SHARE)))] ?? 0;
}

/**
 * Reads whether the lines (trimmed, blank ones as empty strings) were hard-wrapped and which of them
 * continue the line before; null for a file that is not wrapped.
 */
export function readHardWrap(lines: readonly string[]): HardWrap | null {
  const lengths = lines.filter((l) => l !== '').map((l) => l.length);
  if (lengths.length < MIN_BREAKS + 2) return null;
  const width = wrapWidth(lengths);
  if (width < MIN_WIDTH || width > MAX_WIDTH) return null;
  // A line broken mid-sentence where the next word would not fit, next to a line of text.
  let breaks = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (line && next && brokenBefore(line, next, width) && !SENTENCE_END.test(line)) breaks++;
  }
  if (breaks < MIN_BREAKS || breaks < lengths.length * MIN_BREAK_SHARE) return null;
  const continues = lines.map((line, i) => {
    const before = i > 0 ? (lines[i - 1] ?? '') : '';
    return before !== '' && line !== '' && !isListItem(line) && brokenBefore(before, line, width);
  });
  return { width, continues, joined: continues.filter(Boolean).length };
}
