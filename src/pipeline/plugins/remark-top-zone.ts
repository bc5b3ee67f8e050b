/**
 * The opening zone of a file: page navigation above the headline (`Menu`, breadcrumbs such as
 * `Home :: Elections :: President`, kickers such as `THE FIX` over a longer headline). Judged by
 * form and by the line below, never by a list of wordings: a breadcrumb is a run of short
 * segments joined by navigation marks, a kicker is a short label right above a longer line that
 * reads as a headline. The site's name after the line below them is cut off (`site-suffix.ts`).
 */
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { articlesOf, blockText, liveParagraphs, markRemoved, setBlockText } from '../blocks.ts';
import { readSiteSuffix } from '../site-suffix.ts';
import type { Article, Vocabulary } from '../types.ts';
import { isTitleLine } from './remark-headline.ts';

/** Navigation is looked for among this many lines at the top. */
const TOP_LINES = 6;
/** A navigation segment is at most this many words … */
const MAX_LABEL_WORDS = 3;
/** … and a kicker over the headline at most this many (`THE FIX`, `Campaign 2016`). */
const MAX_KICKER_WORDS = 2;
/** Marks between navigation segments, with space around them (`Home › Politics`, not `</b>`). */
const NAV_MARK = /\s+(?:›|»|«|::|·|>|\||\/)\s+/u;

/** Marks navigation above the headline and splits a site suffix off it. */
export default function remarkTopZone() {
  return (tree: Root, file: VFile): void => {
    if (file.data.clippings?.frontMatter?.title !== undefined) return;
    const [article] = articlesOf(tree);
    if (article) markTop(article, file.data.clippings?.vocabulary);
  };
}

function markTop(article: Article, vocabulary: Vocabulary | undefined): void {
  const live = liveParagraphs(article);
  let i = 0;
  for (; i < Math.min(TOP_LINES, live.length - 2); i++) {
    const why =
      navigation(blockText(live[i]!), blockText(live[i + 1]!), blockText(live[i + 2]!)) ??
      (labelRunAboveHeadline(live, i) ? 'a label over the headline' : undefined);
    if (!why) break;
    markRemoved(live[i]!, 'boilerplate-line', `above the headline: ${why}`);
  }
  const headline = live[i];
  if (headline) splitSiteSuffix(article, headline, vocabulary);
}

/** True for a label of at most `MAX_KICKER_WORDS` words without closing punctuation. */
function isLabel(text: string): boolean {
  const line = text.trim();
  return line.split(/\s+/).length <= MAX_KICKER_WORDS && !/[.!?,;:]$/.test(line);
}

/**
 * True when the lines from `i` are a run of labels (`Menu`, `Search`, `Sections`) that ends right
 * above a longer line reading as the headline.
 */
function labelRunAboveHeadline(live: readonly Paragraph[], i: number): boolean {
  let j = i;
  while (j < Math.min(TOP_LINES, live.length - 2) && isLabel(blockText(live[j]!))) j++;
  if (j === i || j >= live.length - 1) return false;
  return isTitleLine(blockText(live[j]!), blockText(live[j + 1]!));
}

/** A segment closed as a sentence; an abbreviation's full stop (`U.S.`, `N.Y.`) does not close one. */
function closesSentence(segment: string): boolean {
  const last = segment.trim().split(/\s+/).at(-1) ?? '';
  return /[.!?]$/u.test(last) && !/^(?:\p{L}\.)+$/u.test(last);
}

/** A label of a few words and a colon before a path of links. */
const PATH_LABEL = /^[\p{L}’']+(?:\s+[\p{L}’']+){0,3}:\s+/u;

/** Why `line` (above `next`, then `after`) is page navigation, or undefined. */
function navigation(line: string, next: string, after: string): string | undefined {
  const text = line.trim();
  // `You are here: Home » Education`: a label may head the path.
  const segments = text.replace(PATH_LABEL, '').split(NAV_MARK).filter(Boolean);
  if (
    segments.length >= 2 &&
    NAV_MARK.test(text) &&
    segments.every((s) => s.split(/\s+/).length <= MAX_LABEL_WORDS && !closesSentence(s))
  )
    return 'a breadcrumb';
  const words = text.split(/\s+/).length;
  // A short label right above a longer line that reads as the headline.
  if (
    words <= MAX_KICKER_WORDS &&
    !/[.!?,;:]$/.test(text) &&
    next.split(/\s+/).length > words &&
    (isTitleLine(next, after) || navigation(next, after, '') !== undefined)
  )
    return 'a label over the headline';
  return undefined;
}

/** Moves the site's name (` :: POLITICO`) off the end of the headline into `removed`. */
function splitSiteSuffix(article: Article, headline: Paragraph, vocabulary?: Vocabulary): void {
  const site = readSiteSuffix(blockText(headline), vocabulary);
  if (!site) return;
  setBlockText(headline, site.title);
  article.data.removed.push({
    text: site.suffix.trim(),
    reason: 'boilerplate-line',
    detail: `the site’s name after the headline: ${site.evidence}`,
  });
}
