/**
 * Finds scraped-page boilerplate: author bios (`Zubair Amin is a Senior Journalist at NewsX …`),
 * "related story" teasers ending in `…`, `READ MORE:` and newsletter or advertisement lines.
 * Lines are marked, not deleted: they stay in the tree (and end up in `removed`) so nothing is
 * lost. A bio or teaser run in the middle of a file marks where a pasted second story starts.
 */
import type { Root } from 'mdast';
import { articlesOf, blockText, isLive, lineData, markRemoved } from '../blocks.ts';
import { isBioShaped } from '../bio-sentence.ts';
import type { Article } from '../types.ts';

const ROLE =
  '(?:journalist|reporter|correspondent|writer|editor|columnist|contributor|producer|analyst|author|anchor|host|blogger|critic|photographer|fellow|intern|staffer)';
const BIO = new RegExp(
  `^(?<name>[^.!?]{2,80}?|[^!?]{2,60}?)\\s+(?:is|was|has been|serves as)\\s+(?:an?|the)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?${ROLE}s?\\b(?<rest>.*)$`,
  'iu',
);
const COVERS_BIO =
  /^(?<name>(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’.-]*)\s+(?:covers|writes about|reports on)\s+.{3,80}?\s+for\s+(?<outlet>.+?)\.?$/u;
const OUTLET =
  /\b(?:at|for|with|of)\s+(?<outlet>(?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?:\s+(?:of\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*){0,4})/u;
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
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) markBoilerplate(article);
  };
}

function markBoilerplate(article: Article): void {
  const blocks = article.children;
  const kinds = blocks.map((b) =>
    isLive(b) && b.type === 'paragraph' ? classify(blockText(b)) : 'body',
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
  if (tail.includes('bio') || teasers >= 2) markRun(article, start, blocks.length, kinds);
  // Runs in the middle of the file: a bio followed by teasers, or two teasers or more.
  for (let i = 0; i < start; i++) {
    if (kinds[i] !== 'bio' && kinds[i] !== 'teaser') continue;
    let end = i;
    while (end < start && kinds[end] !== 'body' && kinds[end] !== 'headline') end++;
    const run = kinds.slice(i, end);
    const runTeasers = run.filter((k) => k === 'teaser').length;
    if ((run.includes('bio') && (runTeasers >= 1 || run.length >= 2)) || runTeasers >= 2) {
      markRun(article, i, end, kinds);
      const next = blocks[end];
      if (next) lineData(next).storyStart ??= 'follows an author bio and teaser lines';
    }
    i = end;
  }
}

function markRun(article: Article, from: number, to: number, kinds: Kind[]): void {
  for (let j = from; j < to; j++) {
    const block = article.children[j]!;
    if (!isLive(block)) continue;
    const text = blockText(block);
    const kind = kinds[j];
    if (kind === 'bio') {
      markRemoved(block, 'author-bio');
      const bio = readBio(text);
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

function classify(text: string): Kind {
  if (text.length <= MAX_BOILERPLATE_LINE && LINE_BOILERPLATE.some(([re]) => re.test(text)))
    return 'boilerplate';
  const bio = text.length < 800 ? readBio(text) : undefined;
  if (bio && isBioShaped(text, bio.author)) return 'bio';
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

/** Reads an author bio line: `Name is a senior reporter at Outlet …` → author and outlet. */
export function readBio(text: string): { author: string; outlet?: string } | undefined {
  const covers = COVERS_BIO.exec(text);
  if (covers?.groups)
    return { author: covers.groups.name!.trim(), outlet: covers.groups.outlet!.trim() };
  const m = BIO.exec(text);
  if (!m?.groups) return undefined;
  const name = cleanName(m.groups.name!);
  if (!name) return undefined;
  const outlet = OUTLET.exec(m.groups.rest ?? '')?.groups?.outlet?.replace(/[.,]$/, '');
  return outlet ? { author: name, outlet } : { author: name };
}

/** The name at the start of a bio, without trailing contact details. */
function cleanName(raw: string): string | undefined {
  const words = raw.trim().split(/\s+/);
  const name: string[] = [];
  for (const w of words) {
    if (!/^[\p{Lu}][\p{L}'’.-]*$/u.test(w)) break;
    name.push(w.replace(/\.$/, ''));
    if (w.endsWith('.') && name.length >= 2) break;
  }
  return name.length >= 1 && name.length <= 5 && name.join(' ').length >= 3
    ? name.join(' ')
    : undefined;
}
