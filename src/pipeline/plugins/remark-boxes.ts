/**
 * A box the page set into the story (a sign-up form, a paywall's notice, a newsletter's thanks, a
 * "continue reading" bar), left in the text as a block of short lines with no blank line between
 * them, set apart by blank lines from the story's paragraphs around it. Read as a block, by form:
 * two to six adjacent lines of at most 25 words, none quoting anyone, in a file that parts its
 * paragraphs with blank lines, of which at least one is page furniture by its form
 * (`line-form.ts`: a call to act, an address, a copyright), was already taken as furniture, or
 * holds a template's unfilled placeholder (`{0}`, `*|FNAME|*`). The whole block goes, each line as
 * `boilerplate-line`. A run of one form (imperative items of an advice list) or a block right
 * after a line that introduces it with a colon is the story's own list, and stays.
 */
import type { Paragraph, Root } from 'mdast';
import { articlesOf, blockText, isLive, lineData, markRemoved } from '../blocks.ts';
import { CALL_TO_ACT, isLead, lineForm } from '../line-form.ts';
import { isListItem } from '../lists.ts';

const MAX_LINES = 6;
const MAX_WORDS = 25;
const QUOTATION = /["“”«»]/u;
/** A template's placeholder left unfilled: `{0}`, `{{name}}`, `*|FNAME|*`, `%s`. */
const PLACEHOLDER = /\{\{?\s*\w+\s*\}\}?|\*\|[\w:]+\|\*|%[sd]\b/u;

/** Groups of adjacent paragraph blocks (no blank line between them), live or already taken. */
function groups(blocks: readonly Paragraph[]): Paragraph[][] {
  const out: Paragraph[][] = [];
  for (const [i, block] of blocks.entries())
    if (i > 0 && !lineData(block).blankBefore) out.at(-1)!.push(block);
    else out.push([block]);
  return out;
}

/** Why the group is a box set into the page, or undefined. */
function boxWhy(group: readonly Paragraph[], before: string | undefined): string | undefined {
  if (before?.trim().endsWith(':')) return undefined;
  return sidebarWhy(group) ?? furnitureBoxWhy(group);
}

/** A sidebar has a label and a few lines under it, at most this many in all. */
const MAX_SIDEBAR_LINES = 12;
const MAX_SIDEBAR_WORDS = 15;
/** A line closed as a sentence (a full stop, a question, an exclamation, a closing quotation). */
const SENTENCE_END = /[.!?]["”’')]*$/u;

/**
 * A sidebar the page set beside the story (`POLLING AVERAGE` / `Clinton 47.2%` / …, `Key dates
 * ahead` / `Sept. 26 — First presidential debate, …`): a label of at most four words over three
 * or more short lines, no line a sentence or a quotation. Prose always closes a sentence.
 */
function sidebarWhy(group: readonly Paragraph[]): string | undefined {
  // Lines already taken (a count, a stray label) are read with the rest.
  const texts = group.map((b) => blockText(b).trim());
  if (group.length < 4 || group.length > MAX_SIDEBAR_LINES || !group.some(isLive)) return undefined;
  if (texts[0]!.split(/\s+/u).length > 4) return undefined;
  const prose = (t: string): boolean =>
    t.includes('\n') ||
    t.split(/\s+/u).length > MAX_SIDEBAR_WORDS ||
    SENTENCE_END.test(t) ||
    QUOTATION.test(t) ||
    isListItem(t);
  return texts.some(prose) ? undefined : 'a sidebar (a label over short lines, none a sentence)';
}

function furnitureBoxWhy(group: readonly Paragraph[]): string | undefined {
  const live = group.filter(isLive);
  if (group.length < 2 || group.length > MAX_LINES || live.length === 0) return undefined;
  const texts = live.map((b) => blockText(b).trim());
  if (
    texts.some(
      (t) =>
        t.includes('\n') ||
        t.split(/\s+/u).length > MAX_WORDS ||
        isListItem(t) ||
        (QUOTATION.test(t) && !PLACEHOLDER.test(t)),
    )
  )
    return undefined;
  const forms = texts.map((t) => lineForm(t));
  // Imperative items, one a line (`Stop lying` / `Show humility` / …): the story's own list.
  if (texts.length >= 3 && forms.every((f) => f.why === CALL_TO_ACT)) return undefined;
  if (group.length > live.length) return 'beside a line already taken as page furniture';
  const placeholder = texts.find((t) => PLACEHOLDER.test(t));
  if (placeholder) return 'a template’s unfilled placeholder';
  return forms.find((f) => f.furniture)?.why;
}

export default function remarkBoxes() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      const blocks = article.children.filter((c): c is Paragraph => c.type === 'paragraph');
      // Only a file that parts its paragraphs with blank lines sets a box apart so.
      if (blocks.filter((b) => lineData(b).blankBefore).length * 2 < blocks.length) continue;
      const lead = blocks.findIndex((b) => isLive(b) && isLead(blockText(b)));
      if (lead < 0) continue;
      const all = groups(blocks);
      for (const [g, group] of all.entries()) {
        if (blocks.indexOf(group[0]!) <= lead) continue;
        const before = all[g - 1]?.at(-1);
        const why = boxWhy(group, before ? blockText(before) : undefined);
        if (!why) continue;
        const detail = `a box of ${group.length} short lines set apart in the body: ${why}`;
        for (const block of group.filter(isLive)) markRemoved(block, 'boilerplate-line', detail);
      }
    }
  };
}
