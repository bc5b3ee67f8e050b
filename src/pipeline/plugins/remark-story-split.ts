/**
 * Splits a file holding two pasted stories (seed 003) into one article each. A boundary needs
 * evidence worth at least SPLIT_SCORE: a bio/teaser run before it, a line that rewords the next
 * one (a second dek), a dateline, a lead that re-introduces names in full, a change of topic.
 * The evidence is kept on the article so the site can say why it split.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { articlesOf, blockText, isLive, lineData } from '../blocks.ts';
import { capitalisedWords, fullNames } from '../names.ts';
import { containment, rewords, wordSet } from '../similarity.ts';
import { emptyFacts, type Article } from '../types.ts';
import { isHeadlineTense, isNarrativePast } from '../tense.ts';
import { DATELINE } from './remark-dateline.ts';

const SPLIT_SCORE = 3;
/** Each story keeps at least this many body blocks. */
const MIN_STORY_BLOCKS = 2;
const DEK_REWORD = 0.72;
/** A second dek this short is too weak a sign ("Monique Dalle." over "Monique Dalle, 20, …"). */
const MIN_DEK_LENGTH = 40;
/** A wire-service credit or sign-off closes a story: `(Reporting by …; Editing by …)`, `-30-`. */
const SIGN_OFF =
  /^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b|^(?:-30-|###|\(?end\)?)$/i;
const FUNCTION_WORDS = new Set(
  'the a an and or but of to in on at for with by from as is are was were be been has have had that this it its their his her he she they we you i not will would said says'.split(
    ' ',
  ),
);

/** Splits articles at story boundaries. */
export default function remarkStorySplit() {
  return (tree: Root): void => {
    const [article] = articlesOf(tree);
    if (!article) return;
    const at = tree.children.indexOf(article);
    tree.children.splice(at, 1, ...splitArticle(article));
  };
}

function splitArticle(article: Article): Article[] {
  const blocks = article.children;
  const live = blocks.map((b, i) => ({ b, i })).filter(({ b }) => isLive(b));
  const cuts: number[] = [];
  let lastCut = 0;
  for (let k = MIN_STORY_BLOCKS + 1; k <= live.length - MIN_STORY_BLOCKS; k++) {
    const here = live[k]!;
    if (here.i < lastCut) continue;
    const { score, why } = boundaryEvidence(
      live.map((x) => x.b),
      k,
      lastCutLive(live, lastCut),
    );
    if (score >= SPLIT_SCORE) {
      // The story starts at the first removed line before it too (bio and teasers stay with story 1).
      lineData(here.b).storyStart = why.join('; ');
      lineData(here.b).startsWithDek = why.some((w) => w.includes('dek') || w.includes('summary'));
      cuts.push(here.i);
      lastCut = here.i;
    }
  }
  if (cuts.length === 0) return [article];
  const out: Article[] = [];
  let from = 0;
  for (const cut of [...cuts, blocks.length]) {
    const part: Article = {
      type: 'article',
      children: blocks.slice(from, cut),
      data: emptyFacts(),
    };
    if (out.length === 0) part.data = article.data;
    out.push(part);
    from = cut;
  }
  return out;
}

function lastCutLive(live: Array<{ i: number }>, lastCut: number): number {
  const k = live.findIndex((x) => x.i >= lastCut);
  return k < 0 ? 0 : k;
}

/** Evidence that a new story starts at live block k. */
export function boundaryEvidence(
  live: Array<Paragraph | Heading>,
  k: number,
  storyFrom: number,
): { score: number; why: string[] } {
  const why: string[] = [];
  let score = 0;
  const here = live[k]!;
  const next = live[k + 1];
  const text = blockText(here);
  const before = live.slice(storyFrom, k).map(blockText);
  if (k - storyFrom < MIN_STORY_BLOCKS) return { score: 0, why };
  if (lineData(here).storyStart) {
    score += 3;
    why.push(lineData(here).storyStart!);
  }
  const afterNext = live[k + 2];
  const repetitive =
    (live[k - 1] && rewords(blockText(live[k - 1]!), text, DEK_REWORD)) ||
    (next && afterNext && rewords(blockText(next), blockText(afterNext), DEK_REWORD));
  if (
    next &&
    isProse(text) &&
    !repetitive &&
    rewords(text, blockText(next), DEK_REWORD, MIN_DEK_LENGTH)
  ) {
    score += 3;
    why.push('a line that rewords the next one, as a dek does');
  }
  const datelines = live.filter((b) => DATELINE.test(blockText(b))).length;
  // Several caps-and-dash openers are run-in heads ("QUESTIONABLE CLAIMS —"), not datelines.
  if (
    datelines === 1 &&
    (DATELINE.test(text) || (next && DATELINE.test(blockText(next)) && isDekLike(text)))
  ) {
    score += 2;
    why.push('a dateline opens a new lead');
  }
  const previous = live[k - 1];
  if (previous && SIGN_OFF.test(blockText(previous))) {
    score += 3;
    why.push('follows a sign-off line that ends a story');
  }
  if (isDekLike(text) && next && summarises(text, blockText(next))) {
    const lead = blockText(next);
    const reintroduced = fullNames(lead).filter(
      (n) => !text.includes(n) && wentBySurname(n, before),
    );
    // Headline tense ("lands") over a lead that tells it in the past ("arrived") and introduces
    // people afresh: a dek and the lead of a new story.
    if (reintroduced.length > 0 && isHeadlineTense(text) && isNarrativePast(lead)) {
      score += 3;
      why.push(`a headline-style summary over a lead that introduces ${reintroduced[0]} again`);
    } else {
      score += 1;
      why.push('a one-sentence summary of the next paragraph');
    }
  }
  const topicBefore = contentWords(before.slice(-4).join(' '));
  const topicAfter = contentWords(
    live
      .slice(k, k + 4)
      .map(blockText)
      .join(' '),
  );
  if (topicBefore.size > 20 && topicAfter.size > 20 && overlap(topicBefore, topicAfter) < 0.12) {
    score += 1;
    why.push('the topic changes');
  }
  return { score, why };
}

/** Running text: at least two words of letters (not a tweet embed or a bare link). */
function isProse(text: string): boolean {
  return (text.replace(/<[^>]*>/g, ' ').match(/\b\p{L}{2,}\b/gu) ?? []).length >= 2;
}

/** True when the story so far mentions the person by surname alone, after introducing them. */
function wentBySurname(name: string, before: string[]): boolean {
  const [first, last] = name.split(' ') as [string, string];
  const alone = new RegExp(`(?<!${first}\\s)\\b${last}\\b`, 'u');
  return before.some((b) => b.includes(name)) && before.some((b) => alone.test(b));
}

/** One sentence without quotation marks, of dek length. */
function isDekLike(text: string): boolean {
  return (
    text.length >= 30 &&
    text.length <= 300 &&
    !/["“”]/.test(text) &&
    (text.match(/[.!?](?:\s|$)/g) ?? []).length <= 1
  );
}

function summarises(dek: string, lead: string): boolean {
  const a = contentWords(dek);
  const b = contentWords(lead);
  const names = [...capitalisedWords(dek)].filter((w) => lead.includes(w));
  return containment(a, b) >= 0.3 || names.length >= 2;
}

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of wordSet(text)) if (w.length > 2 && !FUNCTION_WORDS.has(w)) out.add(w);
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}
