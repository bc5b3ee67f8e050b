/**
 * A screen reader's transcript of a page, pasted as its text: each element is announced as a
 * role in lower case and the element's name (`link Politics`, `graphic Donald Trump greets
 * supporters …`) or as a region the reader enters or leaves (`navigation landmark`, `out of
 * list`, `heading level 1`). Read by form, never by the role words: a line that opens with a word
 * in lower case and is either a few words all in lower case with no closing mark, or that word
 * and then a name in capitals. A page's text seldom holds such a line (a hard-wrapped line that
 * opens in lower case is joined before this runs); a transcript holds many, and its role words
 * recur. So the lines go only when a file has at least four of them and two share their first or
 * last word; each goes as `boilerplate-line`, with how many of its kind the file holds.
 */
import type { Paragraph, Root } from 'mdast';
import { articlesOf, blockText, liveParagraphs, markRemoved } from '../blocks.ts';

/** A few words, all in lower case or digits, no closing mark: `out of main landmark`. */
const REGION_LINE = /^\p{Ll}+(?: [\p{Ll}\p{N}]+){1,4}$/u;
/** A role in lower case and a name: `link Terms of Service`, `graphic Bernie Sanders greets …`. */
const ROLE_AND_NAME = /^\p{Ll}{3,} [\p{Lu}\p{N}]/u;
const MAX_NAME_WORDS = 16;
const MIN_LINES = 4;

/** True when `line` has the form of a screen reader's announcement. */
export function isAnnouncement(line: string): boolean {
  const text = line.trim();
  if (REGION_LINE.test(text)) return true;
  return ROLE_AND_NAME.test(text) && text.split(/\s+/u).length <= MAX_NAME_WORDS;
}

/** Whether two of the lines share their first word or their last. */
function wordsRecur(lines: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const line of lines) {
    const words = line.trim().split(/\s+/u);
    for (const key of [`^${words[0]}`, `$${words.at(-1)}`]) {
      if (seen.has(key)) return true;
      seen.add(key);
    }
  }
  return false;
}

export default function remarkAnnouncements() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      const found: Paragraph[] = liveParagraphs(article).filter((p) =>
        isAnnouncement(blockText(p)),
      );
      if (found.length < MIN_LINES || !wordsRecur(found.map(blockText))) continue;
      const detail = `a screen reader's announcement of the page (one of ${found.length} lines opened by a role in lower case)`;
      for (const node of found) markRemoved(node, 'boilerplate-line', detail);
    }
  };
}
