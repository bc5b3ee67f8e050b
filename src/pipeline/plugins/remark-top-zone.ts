/**
 * The opening zone of a file: page navigation above the headline (`Menu`, breadcrumbs such as
 * `Home :: Elections :: President`, kickers such as `THE FIX` over a longer headline). Judged by
 * form and by the line below, never by a list of wordings: a breadcrumb is a run of short
 * segments joined by navigation marks, a kicker is a short label right above a longer line that
 * reads as a headline. The site's name after the line below them is cut off (`site-suffix.ts`).
 */
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import {
  articlesOf,
  blockText,
  isLive,
  lineData,
  liveParagraphs,
  markRemoved,
  setBlockText,
} from '../blocks.ts';
import { anyTagged } from '../document/tokens.ts';
import { CALL_TO_ACT, lineForm } from '../line-form.ts';
import { provenance } from '../provenance-line.ts';
import { comparable } from '../similarity.ts';
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
    const banner = bannerAt(article, live, i);
    if (banner > 0) {
      const detail = `above the headline: a banner of ${banner} short lines (${bannerWhy})`;
      for (let j = i; j < i + banner; j++) markRemoved(live[j]!, 'boilerplate-line', detail);
      i += banner - 1;
      continue;
    }
    const why =
      provenance(blockText(live[i]!)) ??
      foreignLine(blockText(live[i]!), vocabulary) ??
      windowTitle(blockText(live[i]!), blockText(live[i + 1]!)) ??
      navigation(blockText(live[i]!), blockText(live[i + 1]!), blockText(live[i + 2]!)) ??
      (labelRunAboveHeadline(live, i) ? 'a label over the headline' : undefined);
    if (!why) break;
    markRemoved(live[i]!, 'boilerplate-line', `above the headline: ${why}`);
  }
  const headline = live[i];
  if (headline) {
    splitLabel(article, headline, live[i + 1]);
    splitSiteSuffix(article, headline, vocabulary);
  }
}

/** The corpus knows its own language once it has used `the` this often … */
const LANGUAGE_EVIDENCE = 1000;
/** … and a word it has used at most this often is foreign to it … */
const RARE_WORD = 5;
/** … and a line of this many words or more, most of them foreign, is in another language. */
const FOREIGN_WORDS = 5;
const FOREIGN_SHARE = 0.7;

/**
 * A line in a language the corpus is not written in (a consent wall in Swedish over an English
 * page): most of its words are ones the corpus has used at most five times. Only asked of a corpus big
 * enough to know its language; a headline's own words recur in its story.
 */
function foreignLine(text: string, vocabulary: Vocabulary | undefined): string | undefined {
  if (!vocabulary || vocabulary.count('the') < LANGUAGE_EVIDENCE) return undefined;
  const words = (text.match(/\p{L}{2,}/gu) ?? []).map((w) => w.toLowerCase());
  if (words.length < FOREIGN_WORDS) return undefined;
  const rare = words.filter((w) => vocabulary.count(w) <= RARE_WORD).length;
  if (rare / words.length < FOREIGN_SHARE) return undefined;
  return `a line not in the corpus’s language (${rare} of ${words.length} words used at most ${RARE_WORD} times in the corpus)`;
}

/** A banner's lines are short, and a banner is a few of them. */
const MAX_BANNER_WORDS = 12;
const MAX_BANNER_LINES = 6;
const bannerWhy = 'a call to act among them, or labels alone';

/**
 * How many live lines from `i` are a banner over the page (`Open in app` / `Sign up` / `Sign in`;
 * `COOKIE NOTICE` / `We use cookies …` / `I AGREE`; `VOTERS SPEAK` / `PART 1 OF 3`), or 0: a
 * block of two to six short lines with no blank line between them, a blank line after it and
 * text below, holding a call to act (or a line already taken as page furniture) or made of labels
 * alone. A headline stands alone or over its dek, and neither is a call to act.
 */
function bannerAt(article: Article, live: readonly Paragraph[], i: number): number {
  const blocks = article.children;
  const start = blocks.indexOf(live[i]!);
  let end = start + 1;
  // Adjacent in the text: no blank line between, and no line taken out of the tree between (a
  // header line, whose removal leaves the lines around it side by side).
  while (
    end < blocks.length &&
    !lineData(blocks[end]!).blankBefore &&
    blocks[end]!.position?.start.line === (blocks[end - 1]!.position?.end.line ?? 0) + 1
  )
    end++;
  const group = blocks.slice(start, end);
  const kept = group.filter(isLive);
  if (group.length < 2 || group.length > MAX_BANNER_LINES || end >= blocks.length - 1) return 0;
  if (live.indexOf(kept.at(-1) as Paragraph) >= live.length - 2) return 0;
  const texts = kept.map((b) => blockText(b).trim());
  if (texts.some((t) => t.includes('\n') || t.split(/\s+/u).length > MAX_BANNER_WORDS)) return 0;
  const calls = group.length > kept.length || texts.some((t) => lineForm(t).why === CALL_TO_ACT);
  const labels = texts.every((t) => t.split(/\s+/u).length <= 4 && !/[.!?,;:]$/u.test(t));
  return calls || labels ? kept.length : 0;
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

/** Letters and digits only, folded: how two copies of one headline are compared. */
const folded = (text: string): string =>
  comparable(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A window's or a tab's title above the page's headline: the headline below it (of three words
 * or more) with the site's name or a label around it (`X - The Huffington Post`, `The Huffington
 * Post: X`, `X (The New York Times)`).
 */
function windowTitle(line: string, next: string): string | undefined {
  const title = folded(next);
  const here = folded(line);
  if (title.split(' ').length < 3 || here.length <= title.length || !here.includes(title))
    return undefined;
  return 'a window’s title: the headline below it and the site’s name';
}

/**
 * A label in capitals or in brackets opening the headline (`[BREAKING] …`, `LIVE: …`, `▶ LIVE ·
 * …`): the page's mark on the story, not words of its headline.
 */
const HEAD_LABEL =
  /^(?:[\p{So}\p{Extended_Pictographic}]\uFE0F?\s*)?(?:\[\p{Lu}[\p{Lu}\s]*\]\s*|\p{Lu}{2,}(?:\s+\p{Lu}{2,})?\s*(?::|·|\|)\s+)/u;

function splitLabel(article: Article, headline: Paragraph, next: Paragraph | undefined): void {
  const text = blockText(headline);
  const label = HEAD_LABEL.exec(text);
  if (!label || !next) return;
  // `FBI: …`, `NATO · …`: a name in capitals opening the headline is its subject, not a label.
  const word = label[0]
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim()
    .toLowerCase();
  if (
    !label[0].includes('[') &&
    anyTagged(word, ['ProperNoun', 'Organization', 'Acronym', 'Place'])
  )
    return;
  const rest = text.slice(label[0].length);
  if (!isTitleLine(rest, blockText(next))) return;
  setBlockText(headline, rest);
  article.data.removed.push({
    text: label[0].trim(),
    reason: 'boilerplate-line',
    detail: 'a label opening the headline',
  });
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
