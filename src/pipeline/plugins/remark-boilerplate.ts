/**
 * Finds scraped-page boilerplate: author bios (`Zubair Amin is a Senior Journalist at NewsX …`),
 * "related story" teasers ending in `…`, `READ MORE:` and newsletter or advertisement lines.
 * Lines are marked, not deleted: they stay in the tree (and end up in `removed`) so nothing is
 * lost. A bio or teaser run in the middle of a file marks where a pasted second story starts.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { articlesOf, blockText, isLive, lineData, markRemoved } from '../blocks.ts';
import { readBioSentence } from '../bio-sentence.ts';
import type { Article } from '../types.ts';

const FOLLOW =
  /^(?:follow|contact|email|e-mail|reach)\s+(?:[\p{Lu}][\p{L}'’.-]*\s*){1,3}(?:on|at|via)\b|\btweets at\b|\bcan be reached\b/iu;
const ELLIPSIS_END = /(?:…|\.\.\.)\s*$/;

const LINE_BOILERPLATE: Array<[RegExp, string]> = [
  [
    /^(?:read more|related|related stories|related articles|also read|see also|more from|recommended|trending now|watch)\s*[:|»>–—-]/i,
    'a "read more" link line',
  ],
  [
    /^(?:advertisement|sponsored|sponsored content|story continues below(?: advertisement)?|continue reading(?: below)?|scroll (?:down )?to continue(?: with content)?)\.?$/i,
    'an advertisement marker',
  ],
  [/\b(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b/i, 'a newsletter sign-up line'],
  [/^(?:click|tap) here\b/i, 'a "click here" line'],
  [/^share (?:this|on)\b.{0,40}$/i, 'a share-button line'],
];
const MAX_BOILERPLATE_LINE = 200;

type Kind = 'body' | 'bio' | 'follow' | 'teaser' | 'headline' | 'boilerplate';

/** Marks boilerplate lines and the start of pasted stories. */
export default function remarkBoilerplate() {
  return (tree: Root, file: VFile): void => {
    const byline = file.data.clippings?.header?.authors ?? [];
    for (const article of articlesOf(tree)) markBoilerplate(article, byline);
  };
}

function markBoilerplate(article: Article, byline: readonly string[]): void {
  const blocks = article.children;
  const kinds = blocks.map((b) =>
    isLive(b) && b.type === 'paragraph' ? classify(blockText(b), byline) : 'body',
  );
  // Single boilerplate lines, anywhere.
  blocks.forEach((b, i) => {
    if (kinds[i] === 'boilerplate')
      markRemoved(b, 'boilerplate-line', lineBoilerplateWhy(blockText(b)));
  });
  // The tail: walk back over teasers, bios, short headlines; remove the run if it holds a bio or
  // at least two teasers.
  let start = blocks.length;
  while (start > 0 && kinds[start - 1] !== 'body') start--;
  const tail = kinds.slice(start);
  const teasers = tail.filter((k) => k === 'teaser').length;
  if (tail.includes('bio') || teasers >= 2) markRun(article, start, blocks.length, kinds, byline);
  // Runs in the middle of the file: a bio followed by teasers, or two teasers or more.
  for (let i = 0; i < start; i++) {
    if (kinds[i] !== 'bio' && kinds[i] !== 'teaser') continue;
    let end = i;
    while (end < start && kinds[end] !== 'body' && kinds[end] !== 'headline') end++;
    const run = kinds.slice(i, end);
    const runTeasers = run.filter((k) => k === 'teaser').length;
    if ((run.includes('bio') && (runTeasers >= 1 || run.length >= 2)) || runTeasers >= 2) {
      markRun(article, i, end, kinds, byline);
      const next = blocks[end];
      if (next) lineData(next).storyStart ??= 'follows an author bio and teaser lines';
    }
    i = end;
  }
}

function markRun(
  article: Article,
  from: number,
  to: number,
  kinds: Kind[],
  byline: readonly string[],
): void {
  for (let j = from; j < to; j++) {
    const block = article.children[j]!;
    if (!isLive(block)) continue;
    const text = blockText(block);
    const kind = kinds[j];
    if (kind === 'bio') {
      markRemoved(block, 'author-bio', 'a sentence about a journalist');
      const bio = readBioSentence(text, byline);
      if (bio) lineData(block).bio = bio;
    } else if (kind === 'follow') {
      markRemoved(block, 'author-bio', 'contact line');
    } else {
      markRemoved(
        block,
        'teaser',
        kind === 'headline' ? 'related-story headline' : 'related-story teaser',
      );
    }
  }
}

function classify(text: string, byline: readonly string[]): Kind {
  if (text.length <= MAX_BOILERPLATE_LINE && LINE_BOILERPLATE.some(([re]) => re.test(text)))
    return 'boilerplate';
  if (text.length < 800 && readBioSentence(text, byline)) return 'bio';
  if (text.length < 200 && FOLLOW.test(text)) return 'follow';
  if (text.length < 320 && ELLIPSIS_END.test(text) && !/["”’]\s*$/.test(text)) return 'teaser';
  if (looksLikeHeadline(text)) return 'headline';
  return 'body';
}

function lineBoilerplateWhy(text: string): string {
  return LINE_BOILERPLATE.find(([re]) => re.test(text))?.[1] ?? 'boilerplate';
}

/** A short line with no closing period: a teaser headline when it sits among teasers. */
function looksLikeHeadline(text: string): boolean {
  const words = text.split(/\s+/).length;
  return text.length <= 150 && words >= 3 && !/[.,;:]\s*$/.test(text);
}
