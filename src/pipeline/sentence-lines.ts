/**
 * One sentence a line (reader views and export tools): the file sets its paragraphs apart with
 * blank lines and, inside a paragraph, breaks the line after every sentence. Read per file from
 * its blank-line groups: a group is a paragraph set one sentence a line when each of its line
 * breaks falls between two sentences (a line closed by `.`, `?`, `!` or a quotation mark, the next
 * opened by a capital or a quotation mark) and none of its lines is a list item. The file is set
 * so when several groups are, and their lines are sentences rather than paragraphs: few of them
 * hold a second sentence. A file of one paragraph a line (PolNeAR, blank lines here and there)
 * has lines of two or three sentences and is never joined; BBC's groups are single lines.
 */
import { isListItem } from './lists.ts';

/** Evidence a file is set one sentence a line: this many groups … */
const MIN_GROUPS = 3;
/** … holding this many lines in all … */
const MIN_LINES = 8;
/** … of which fewer than this share hold a second sentence. */
const MAX_MULTI_SHARE = 1 / 3;
/** A line that closes a sentence: a full stop, question or exclamation mark, or a closing quote. */
const CLOSES = /[.?!"”’')]$/u;
/** A line that opens one: a capital, or a quotation mark or bracket before it. */
const OPENS = /^["“‘'(]?\p{Lu}/u;
/** A second sentence inside a line: a sentence's end, space, and a capital or a quotation mark. */
const SECOND_SENTENCE = /[.?!]["”’)]?\s+["“‘]?\p{Lu}/u;

/** Which lines of a file set one sentence a line continue the paragraph of the line before. */
export interface SentenceLines {
  /** `continues[i]`: line i is the next sentence of the paragraph line i − 1 is in. */
  continues: boolean[];
  /** How many lines were joined to the line before. */
  joined: number;
}

/** True when the group's every line break falls between two sentences. */
function isSentenceGroup(group: readonly string[]): boolean {
  if (group.length < 2 || group.some(isListItem)) return false;
  return group.every((line, i) => i === 0 || (CLOSES.test(group[i - 1]!) && OPENS.test(line)));
}

/**
 * Reads whether the lines (trimmed, blank ones as empty strings) are set one sentence a line, and
 * which of them continue the line before; null for a file that is not.
 */
export function readSentenceLines(lines: readonly string[]): SentenceLines | null {
  const groups: number[][] = [];
  let current: number[] = [];
  lines.forEach((line, i) => {
    if (line !== '') current.push(i);
    else if (current.length > 0) {
      groups.push(current);
      current = [];
    }
  });
  if (current.length > 0) groups.push(current);
  const sentenceGroups = groups.filter((g) => isSentenceGroup(g.map((i) => lines[i]!)));
  const grouped = sentenceGroups.flat().map((i) => lines[i]!);
  if (sentenceGroups.length < MIN_GROUPS || grouped.length < MIN_LINES) return null;
  const multi = grouped.filter((line) => SECOND_SENTENCE.test(line)).length;
  if (multi >= grouped.length * MAX_MULTI_SHARE) return null;
  const continues = lines.map(() => false);
  for (const group of sentenceGroups) for (const i of group.slice(1)) continues[i] = true;
  return { continues, joined: continues.filter(Boolean).length };
}
