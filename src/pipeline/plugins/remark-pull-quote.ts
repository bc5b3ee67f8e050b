/**
 * Takes out pull quotes: a short line inside the body that repeats words of another body
 * paragraph of the same file (a sentence or quotation set on its own line, with or without
 * quotation marks, possibly with its speaker). Such a line is neither a story boundary nor a
 * title: left in, it reads as a dek over the paragraph it repeats and splits the file in two.
 * The line goes to `removed` as `pull-quote`, naming the paragraph it repeats; its words are all
 * in that paragraph, so no text of the story is lost. Runs before the story split.
 *
 * Only a copy counts (case, punctuation and quotation marks folded): nearly equal lines are kept,
 * because in the corpora they were live-blog updates with changed figures ("with 61" / "with 55")
 * and reworded deks of a second story, which the split must still see. A line right after a longer
 * line holding it is kept too: that is a lead under a dek that adds a word ("Reportedly, …").
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { articlesOf, blockText, isLive, lineData, markRemoved } from '../blocks.ts';
import { anyTagged } from '../document/tokens.ts';
import { comparable } from '../similarity.ts';

/** A pull quote is a line of at most this many words … */
const MAX_WORDS = 60;
/** … repeating at least this many words (shorter repeats are names and ordinary phrases). */
const MIN_REPEATED_WORDS = 8;
/** Words of the line outside the repeated span: a speaker tag (`— Maria Jensen, councillor`). */
const MAX_EXTRA_WORDS = 6;
/** The headline and the lead come first: a line before them is a dek, not a pull quote. */
const FIRST_CANDIDATE = 2;

/** Marks pull quotes as removed; the paragraph each repeats is kept on the line (`repeats`). */
export default function remarkPullQuote() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      const live = article.children.filter(isLive);
      const words = live.map((b) => wordsOf(blockText(b)));
      live.forEach((line, k) => {
        if (k < FIRST_CANDIDATE || line.type !== 'paragraph') return;
        const source = repeatedParagraph(live, words, k);
        if (source === undefined) return;
        lineData(line).repeats = source;
        markRemoved(line, 'pull-quote', 'repeats words of another paragraph of the body');
      });
    }
  };
}

/** The block whose words line k repeats, when line k is a pull quote. */
function repeatedParagraph(
  live: Array<Paragraph | Heading>,
  words: string[][],
  k: number,
): Paragraph | Heading | undefined {
  const line = words[k]!;
  if (line.length > MAX_WORDS) return undefined;
  if (line.length < MIN_REPEATED_WORDS) return undefined;
  const text = blockText(live[k]!);
  const cores = [quotedWords(text), line].filter(
    (c): c is string[] =>
      !!c && c.length >= MIN_REPEATED_WORDS && line.length - c.length <= MAX_EXTRA_WORDS,
  );
  for (const core of cores) {
    for (let j = 0; j < live.length; j++) {
      const body = words[j]!;
      // A whole paragraph said twice is a duplicate (remark-duplicates), not a pull quote; the
      // line just before is a dek over this lead.
      if (j === k || j === k - 1 || body.length <= line.length) continue;
      // A pull quote is a sentence: a list entry or a name line ("K Holmes (Ealing AC).") is not.
      if (containsRun(body, core)) return anyTagged(text, ['Verb']) ? live[j] : undefined;
    }
  }
  return undefined;
}

/** Lower-cased word tokens, with quotation marks, case and punctuation folded away. */
function wordsOf(text: string): string[] {
  return comparable(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}

/**
 * The words between the first opening and the last closing quotation mark, when the line opens
 * with them: a pull quote leads with the words it repeats and may end on its speaker, while a
 * line that introduces a quotation ("Another person tweeted: “…”") is the body's own sentence.
 */
function quotedWords(text: string): string[] | null {
  const t = comparable(text);
  const open = t.indexOf('"');
  const close = t.lastIndexOf('"');
  if (open < 0 || close <= open || /[\p{L}\p{N}]/u.test(t.slice(0, open))) return null;
  return wordsOf(t.slice(open + 1, close));
}

function containsRun(body: string[], run: string[]): boolean {
  return ` ${body.join(' ')} `.includes(` ${run.join(' ')} `);
}
