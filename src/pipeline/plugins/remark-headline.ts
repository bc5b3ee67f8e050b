/**
 * Finds the headline: a short first line that reads as a title (no run of sentences, no dateline,
 * not a reworded copy of the next line, not a sentence cut by a lost drop cap). The line moves to
 * the article's `title` with `titleSource: "text"`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { articlesOf, blockText, liveBlocks, markRemoved } from '../blocks.ts';
import { comparable, rewords } from '../similarity.ts';
import { readSiteSuffix } from '../site-suffix.ts';
import { stripTitleMarks } from '../title-marks.ts';
import { CREDIT_LABEL } from '../words/picture-nouns.ts';
import { findRepair } from './remark-drop-cap.ts';
import { DATELINE } from './remark-dateline.ts';

/** Headlines are judged by form; length only bounds the search (long web headlines run ~150). */
const MAX_TITLE_LENGTH = 160;
/** A line ending in a photo credit is a dek or caption, not a headline. */
export const PHOTO_CREDIT_END = new RegExp(`\\b${CREDIT_LABEL}:\\s*\\S[^.]{0,60}\\.?$`, 'i');
const MAX_TITLE_WORDS = 30;
/** A first line this close to the next one is a dek, not a title. */
const REWORD = 0.72;
// Abbreviations whose period does not end a sentence.
const ABBREVIATION =
  /\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|No|vs|Va|Mich|Calif|Fla|Pa|Mass)\./g;

/** Moves a title line into the article's facts. */
export default function remarkHeadline() {
  return (tree: Root, file: VFile): void => {
    const vocabulary = file.data.clippings?.vocabulary;
    const given = file.data.clippings?.frontMatter?.title;
    for (const [index, article] of articlesOf(tree).entries()) {
      // A record's `Title:` field gave the title already (`remark-record-fields.ts`).
      if (article.data.title) continue;
      const [first, next] = liveBlocks(article);
      if (!first || first.type !== 'paragraph' || !next) continue;
      const text = blockText(first);
      // With a front-matter title, the text's first line is body text unless it repeats it.
      if (index === 0 && given !== undefined) {
        if (comparable(text) === comparable(given))
          markRemoved(first, 'title-line', 'repeats the front-matter title');
        continue;
      }
      // `Title — Washington Post`: the site's name is not part of the headline.
      const site = readSiteSuffix(text, vocabulary);
      // `UPDATE 2-…`, `3. …`, `… (+VIDEO)`: marks of the page, not words of the headline.
      const { title, marks } = stripTitleMarks(site?.title ?? text, vocabulary);
      if (!isTitleLine(title, blockText(next))) continue;
      // A first word that lost its drop cap marks body text, not a headline.
      if (vocabulary && findRepair(text, vocabulary)) continue;
      article.data.title = title;
      article.data.titleSource = 'text';
      markRemoved(first, 'title-line');
      for (const mark of marks)
        article.data.removed.push({
          text: mark.text,
          reason: 'boilerplate-line',
          detail: mark.detail,
        });
      if (site)
        article.data.removed.push({
          text: site.suffix.trim(),
          reason: 'boilerplate-line',
          detail: `the site’s name after the headline: ${site.evidence}`,
        });
    }
  };
}

/** True when `line`, followed by `next`, reads as a headline. */
export function isTitleLine(line: string, next: string): boolean {
  const words = line.split(/\s+/);
  if (line.length > MAX_TITLE_LENGTH || words.length > MAX_TITLE_WORDS || words.length < 3)
    return false;
  if (/^\p{Ll}/u.test(line)) return false;
  if (/[,:]$/.test(line) || (/(?:…|\.\.\.)$/.test(line) && line.length > 60)) return false;
  if (DATELINE.test(line) || PHOTO_CREDIT_END.test(line)) return false;
  if (sentenceCount(line) > 2) return false;
  if (rewords(line, next, REWORD)) return false;
  return titleScore(line, next) >= 0;
}

const SMALL_WORDS = new Set(
  'a an the and or but nor of to in on at for with by from as into onto than that vs via per up is are be its his her'.split(
    ' ',
  ),
);
const NARRATIVE =
  /\b(?:said|told|was|were|had|did|has been|have been|announced|reported|according to)\b/;
const LEAD_OPENER =
  /^(?:The|A|An|In|On|At|When|After|For|As|Last|This|It|Since|During|While|With|From|Over)\b/;
const CONTINUATION =
  /^(?:He|She|It|They|We|I|His|Her|Their|Its|This|That|These|Those|But|And|Or|So|Yet|Still|However|Also|Then|Instead|Meanwhile|Now)\b/;

/**
 * Weighs the signs of a headline against those of a short lead paragraph: title case, brevity,
 * no narrative verbs; a next line that opens with a dateline (a lead) or continues a thought.
 */
function titleScore(line: string, next: string): number {
  const content = line
    .split(/\s+/)
    .filter(
      (w) => /^[\p{L}"“‘']/u.test(w) && !SMALL_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')),
    );
  const capitalised =
    content.filter((w) => /^["“‘']?\p{Lu}/u.test(w)).length / Math.max(1, content.length);
  let score = 0;
  if (capitalised >= 0.75 && content.length >= 3) score += 2;
  if (line.length <= 70) score += 1;
  // A long line closed by a full stop reads as a sentence; a long headline has no full stop.
  if (line.length > 95 && /[.!?]["”’']?$/.test(line)) score -= 1;
  if (NARRATIVE.test(line)) score -= 1;
  if (LEAD_OPENER.test(line) && line.length > 60) score -= 1;
  if (DATELINE.test(next)) score += 2;
  if (CONTINUATION.test(next)) score -= 2;
  if (!/[.!?]["”’']?$/.test(line)) score += 1;
  return score;
}

/** Counts sentence ends, ignoring abbreviations such as `U.S.` and `Mr.`. */
export function sentenceCount(text: string): number {
  const plain = text.replace(ABBREVIATION, 'X');
  const ends = plain.match(/[.!?]+["”’']?(?=\s+["“‘']?[\p{Lu}\p{N}]|\s*$)/gu) ?? [];
  return Math.max(1, ends.length);
}
