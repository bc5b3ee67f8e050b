/**
 * Makes a title for a story that has none, from its dek or lead: the first sentence, cut to at
 * most ~100 characters at a clause or word boundary, never ending on a dangling word or comma.
 * Marked `titleSource: "inferred"`.
 */
import type { Root } from 'mdast';
import { articlesOf, blockText, liveParagraphs } from '../blocks.ts';

const MAX_TITLE = 100;
const MIN_CLAUSE = 40;
const DANGLING = new Set(
  'a an the and or but nor of to in on at for with by from as into onto than that which who whom whose his her its their our your my this these those is are was were be been has have had will would can could may might should said says after before while since because if when where amid over under about against between during without within'.split(
    ' ',
  ),
);

/** Gives every story without a title an inferred one. */
export default function remarkInferTitle() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      if (article.data.title) continue;
      const source = article.data.dek ?? liveParagraphs(article).map(blockText)[0];
      if (!source) continue;
      article.data.title = inferTitle(source);
      article.data.titleSource = 'inferred';
    }
  };
}

/** A headline-length title from a sentence or paragraph. */
export function inferTitle(text: string): string {
  const sentence = firstSentence(text).replace(/[.!]$/, '');
  if (sentence.length <= MAX_TITLE) return sentence;
  const head = sentence.slice(0, MAX_TITLE + 1);
  // Prefer a clause boundary: a comma, semicolon, colon or dash, then " as ", " while " …
  const clause = /(?:[,;:]|\s[—–-])\s/g;
  let cut = -1;
  for (const m of head.matchAll(clause))
    if (m.index >= MIN_CLAUSE && m.index <= MAX_TITLE) cut = m.index;
  if (cut < 0) {
    for (const m of head.matchAll(/\s(?:as|while|after|before|amid|because|but|with|despite)\s/g)) {
      if (m.index >= MIN_CLAUSE && m.index <= MAX_TITLE) cut = m.index;
    }
  }
  const clipped = cut >= 0 ? head.slice(0, cut) : head.slice(0, head.lastIndexOf(' '));
  return trimDangling(clipped) + (cut >= 0 ? '' : '…');
}

function firstSentence(text: string): string {
  const m = /^.+?[.!?](?=["”’]?\s+["“‘]?[\p{Lu}\p{N}])/u.exec(
    text.replace(/\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St)\./g, (s) =>
      s.replace(/\./g, '\u2024'),
    ),
  );
  const s = m ? m[0] : text;
  return s.replace(/\u2024/g, '.').trim();
}

function trimDangling(s: string): string {
  const words = s
    .trim()
    .replace(/[,;:—–-]+$/, '')
    .split(/\s+/);
  while (
    words.length > 3 &&
    DANGLING.has(
      words
        .at(-1)!
        .toLowerCase()
        .replace(/[^\p{L}]/gu, ''),
    )
  )
    words.pop();
  return words.join(' ').replace(/[,;:—–-]+$/, '');
}
