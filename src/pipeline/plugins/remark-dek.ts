/**
 * Finds the dek (standfirst): a standalone line before the lead that rewords it, summarises it,
 * sits directly under the headline as its second line, or carries a photo credit. The dek is not
 * body text; it moves to the article's `dek`.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { articlesOf, blockText, isLive, lineData, liveBlocks, markRemoved } from '../blocks.ts';
import { capitalisedWords, fullNames } from '../names.ts';
import { comparable, editRatioAtLeast, rewords } from '../similarity.ts';
import type { Article } from '../types.ts';
import { DATELINE } from './remark-dateline.ts';
import { PHOTO_CREDIT_END, sentenceCount } from './remark-headline.ts';

const REWORD = 0.72;
const NEAR_COPY = 0.8;
const MAX_DEK_LENGTH = 320;

/** Moves a dek line into the article's facts. */
export default function remarkDek() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      const live = liveBlocks(article);
      const [first, next] = live;
      if (!first || first.type !== 'paragraph' || !next) continue;
      const why = dekEvidence(article, first, next, live.slice(1));
      if (!why) continue;
      article.data.dek = blockText(first);
      markRemoved(first, 'dek', why);
    }
  };
}

function dekEvidence(
  article: Article,
  first: Paragraph,
  next: Paragraph | Heading,
  rest: Array<Paragraph | Heading>,
): string | undefined {
  const text = blockText(first);
  if (text.length > MAX_DEK_LENGTH || DATELINE.test(text)) return undefined;
  const lead = blockText(next);
  if (rewords(text, lead, REWORD)) return 'rewords the lead';
  // A reworded copy of a later paragraph is a dek; an exact copy is a duplicate (removed later).
  const copy = (b: Paragraph | Heading): boolean =>
    comparable(blockText(b)) !== comparable(text) &&
    editRatioAtLeast(text, blockText(b), NEAR_COPY);
  if (rest.some(copy)) return 'rewords a later paragraph';
  if (PHOTO_CREDIT_END.test(text)) {
    return 'ends with a photo credit';
  }
  if (lineData(first).startsWithDek) return 'a summary line that opens a pasted second story';
  const hasTitle = article.data.titleSource === 'text';
  if (hasTitle && directlyUnderTitle(article, first, next))
    return 'second line of the headline block';
  if (hasTitle || sentenceCount(text) > 1 || /["“”]/.test(text)) return undefined;
  // A headline-style summary mentions people by surname; the lead then introduces them in full.
  const surnames = capitalisedWords(text);
  const introduced = fullNames(lead).filter(
    (n) => text.includes(n) || surnames.has(n.split(' ')[1]!),
  );
  if (introduced.length > 0 && !/^(?:He|She|They|It|But|And|The\s+\p{Ll}+\s+said)\b/u.test(lead)) {
    return `summarises the lead, which introduces ${introduced[0]}`;
  }
  return undefined;
}

/** In a file with blank-line paragraphs, a line glued under the title is its subtitle. */
function directlyUnderTitle(
  article: Article,
  first: Paragraph,
  next: Paragraph | Heading,
): boolean {
  const blocks = article.children;
  const titleAt = blocks.findIndex(
    (b) => !isLive(b) && lineData(b).removal?.reason === 'title-line',
  );
  if (titleAt < 0 || blocks[titleAt + 1] !== first) return false;
  const blankSeparated = blocks.filter((b) => lineData(b).blankBefore).length >= blocks.length / 2;
  return blankSeparated && !lineData(first).blankBefore && Boolean(lineData(next).blankBefore);
}
