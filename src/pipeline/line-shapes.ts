/**
 * Line shapes: a line with its names, numbers, handles, addresses and dates masked, so that
 * `Find Eduardo on Twitter: @eporter and Instagram.` and `Find Yousef on Twitter: @ysaba and
 * Instagram.` have one shape. A shape that recurs across the files of a corpus is a page template
 * (a sign-up line, a credit, a share bar), not something a writer wrote for one story.
 */
import { SITE_KEY, siteKey, siteSuffixCandidate } from './site-suffix.ts';

/** The opening lines where a headline (and the site's name after it) may stand. */
const SITE_LINES = 6;

/** Masks, applied in order, before the line is cut into words. */
const MASKS: Array<[RegExp, string]> = [
  [/\S+@\S+\.\S+/gu, ' <email> '],
  [
    /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co\.uk|io)\b/giu,
    ' <web> ',
  ],
  [/@\w+/gu, ' <handle> '],
  [/\p{N}+(?:[.,:]\p{N}+)*/gu, '0'],
];
const TOKEN = /<\w+>|[\p{L}\p{N}’'.-]+|[^\p{L}\p{N}\s]/gu;
/** A word written in lower case, at least two letters: what makes a shape specific. */
const LITERAL = /^\p{Ll}{2}/u;

/**
 * The shape of a line, or undefined when too little of it is fixed wording to say anything (fewer
 * than two words in lower case: `Menu`, `NANCY COOK`, a headline in title case). Capitalised
 * words after the first are masked as one name (`N`); the first word is kept, lower-cased.
 */
export function lineShape(line: string): string | undefined {
  let text = line.trim();
  for (const [pattern, mask] of MASKS) text = text.replace(pattern, mask);
  const out: string[] = [];
  let literal = 0;
  for (const [index, token] of (text.match(TOKEN) ?? []).entries()) {
    if (index > 0 && /^\p{Lu}/u.test(token)) {
      if (out.at(-1) !== 'N') out.push('N');
      continue;
    }
    const word = index === 0 ? token.toLowerCase() : token;
    if (LITERAL.test(word)) literal++;
    out.push(word);
  }
  return literal >= 2 ? out.join(' ') : undefined;
}

/**
 * The key a line is counted under across the corpus: its shape, or, for a line with too little
 * wording in lower case to have one (`Webpage Screenshot`, `‹ Previous   Next ›`, `00:00 Intro`),
 * the line itself with its numbers, addresses and handles masked and its case folded (`=` and
 * the masked text), unless it closes as a sentence does. A line that short recurs across files
 * only as page furniture; where a headline is the same in several files the files are copies
 * (`countLineShapes`).
 */
export function lineKey(line: string): string | undefined {
  const shape = lineShape(line);
  if (shape !== undefined) return shape;
  let text = line.trim();
  // Closed by a full stop, a short line is written as text (`LETTERS.`, a section's label set
  // by the paper), not drawn by the page: widgets and menus carry no sentence punctuation.
  if (/[.!?]$/u.test(text)) return undefined;
  for (const [pattern, mask] of MASKS) text = text.replace(pattern, mask);
  text = text.replace(/\s+/gu, ' ').trim().toLowerCase();
  // One word alone (`EXCLUSIVE`, `Contributor`) is a label whose place says what it is (a kicker
  // over the headline, a section): two words or more are needed to be counted as written.
  return (text.match(/\p{L}+/gu) ?? []).length >= 2 ? `=${text}` : undefined;
}

/**
 * How many files each line shape occurs in. Files that open with the same three lines (one
 * article saved twice) count once, so a duplicated file does not make its own lines look like a
 * template. The first line counts too: a cookie or privacy line on many pages is a template
 * wherever it stands (a headline is one file's, and a rewrite's copy is one more file, not a
 * template's three); so does the name ending a headline in the opening lines (`site-suffix.ts`).
 */
export function countLineShapes(texts: Iterable<string>): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const text of texts) {
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const key = lines.slice(0, 3).join('\n');
    const count = (shape: string) => {
      let files = seen.get(shape);
      if (!files) seen.set(shape, (files = new Set()));
      files.add(key);
    };
    for (const line of new Set(lines)) {
      const shape = lineKey(line);
      if (shape !== undefined) count(shape);
    }
    // The name after a headline in the opening lines (`… — Washington Post`): a site's, when
    // several files end their headlines with it.
    for (const line of lines.slice(0, SITE_LINES)) {
      const tail = siteSuffixCandidate(line)?.tail;
      if (tail) count(SITE_KEY + siteKey(tail));
    }
  }
  const counts = new Map<string, number>();
  for (const [shape, files] of seen) if (files.size > 1) counts.set(shape, files.size);
  return counts;
}
