/**
 * The closing zone of a file: the run of lines after the body's last sentence that are not
 * prose is read as one run, with its position as evidence, not line by line against wordings.
 * Not being prose is not enough (BBC stories end with line-ups, results and lists of nominees):
 * the run goes only when a line of it is page furniture by its form (a copyright, an address or
 * handle, a link line, a short call to act, a note about the article, a bio, a credit or a byline
 * signing the story), and
 * then the whole run goes with it (a bio as `author-bio`, giving the authors when no byline does). A file with no
 * sentence of prose is left alone, a line that quotes someone is prose, and a list block ends the
 * run (it is kept).
 */
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { readBioSentence } from '../bio-sentence.ts';
import { articlesOf, blockText, lineData, liveParagraphs, markRemoved } from '../blocks.ts';
import { bylineMarker } from '../byline.ts';
import { findDate, isTimeOnly } from '../dates.ts';
import { anyTagged } from '../document/tokens.ts';
import { ABOUT_JOURNALIST, isLead, lineForm } from '../line-form.ts';
import { labelWriter, linkListEndingAt } from '../link-list.ts';
import { lineRuns } from '../line-runs.ts';
import { isListItem, listShape } from '../lists.ts';
import type { Article } from '../types.ts';
import { readHeaderLine } from './remark-header-lines.ts';

/** The closing run is at most this many lines. */
const MAX_RUN = 12;
/** A menu is a run of at least this many labels (BBC's stat tables after a story run to four). */
const MIN_MENU = 5;
/** A label: at most three words, without a sentence's or a field's closing mark. */
const MAX_LABEL_WORDS = 3;
const CLOSING_MARK = /[.?!:;,]$/u;

/** Marks the closing run of each article. */
export default function remarkEdgeZones() {
  return (tree: Root, file: VFile): void => {
    const byline = file.data.clippings?.header?.authors ?? [];
    for (const article of articlesOf(tree)) {
      markMenus(article);
      markClosingRun(article, byline);
    }
  };
}

/** A day, a month or a time (compromise), as a fixture's `Tuesday, 1 March` and `1945 GMT`. */
const DATE_TAGS = ['WeekDay', 'Month', 'Time', 'Date'];

/** A label: a few words with no closing mark, no list marker, and no date or time (a fixture's). */
const isLabel = (text: string): boolean =>
  text.split(/\s+/).length <= MAX_LABEL_WORDS &&
  !CLOSING_MARK.test(text) &&
  !isListItem(text) &&
  !isTimeOnly(text) &&
  findDate(text) === undefined &&
  !anyTagged(text, DATE_TAGS);

/**
 * A site's menu or footer (`SERVICES`, `Subscriber Services`, `e-Edition`, `Site Map` …; `Select
 * Language`, `Afrikaans`, `Albanian` …): a run of `MIN_MENU` or more labels above the lead or
 * after the body's last sentence. Taken whatever else is around it, so the lines above or below
 * it are read on their own evidence.
 */
function markMenus(article: Article): void {
  const live = liveParagraphs(article);
  const texts = live.map((b) => blockText(b).trim());
  const lead = texts.findIndex(isLead);
  if (lead < 0) return;
  let last = texts.length - 1;
  while (last > lead && (isLabel(texts[last]!) || !lineForm(texts[last]!).prose)) last--;
  for (const [from, to, where] of [
    [0, lead, 'above the lead'],
    [last + 1, texts.length, "after the body's last sentence"],
  ] as const) {
    const labels = (i: number): boolean => isLabel(texts[i]!);
    // The menu's own label above it (`TAGS:`, `Topics:`) goes with it.
    const label = (i: number): boolean => /^\S+(?:\s+\S+){0,2}:$/u.test(texts[i]!);
    for (const { first, start, end } of lineRuns(from, to, MIN_MENU, labels, label))
      for (let i = first; i < end; i++)
        markRemoved(
          live[i]!,
          'boilerplate-line',
          `a run of ${end - start} short labels ${where}: a menu or a site's footer`,
        );
  }
}

/**
 * The writers a byline names when the line is one (a `By`, an authorship word or label opening
 * it, read as a header line is): a story may be signed at its end as at its top.
 */
function signature(text: string): string[] | undefined {
  if (bylineMarker(text.trim()) === 0) return undefined;
  const authors = readHeaderLine(text)?.authors ?? [];
  return authors.length > 0 ? authors : undefined;
}

function markClosingRun(article: Article, byline: readonly string[]): void {
  const live = liveParagraphs(article);
  if (live.length < 3) return;
  const texts = live.map(blockText);
  const run: Array<[Paragraph, string]> = [];
  const lists: Array<[Paragraph, string]> = [];
  let furniture = 0;
  const signatures = new Map<Paragraph, string[]>();
  let at = live.length - 1;
  for (; at > 0 && run.length < MAX_RUN; at--) {
    // A list of links under a label is evidence for itself alone (items that read as sentences
    // too), not for the lines around it: the walk goes on above it.
    const links = linkListEndingAt(texts, at);
    if (links && links.label > 0) {
      const why = `a list of ${links.items} ${links.kind} under the label “${texts[links.label]}” at the end of the body`;
      for (let j = at; j >= links.label; j--) lists.push([live[j]!, why]);
      const writer = links.kind === 'headlines' ? labelWriter(texts[links.label]!) : [];
      if (writer.length > 0) signatures.set(live[links.label]!, writer);
      at = links.label;
      continue;
    }
    const text = texts[at]!;
    if (listShape(text)) break;
    // A byline signing the story at its end (`Story: David Jackson, USA TODAY`, `By A & B`):
    // evidence for itself alone, as a link list is, not for the lines around it.
    const signed = signature(text);
    if (signed) {
      signatures.set(live[at]!, signed);
      continue;
    }
    const form = lineForm(text);
    if (form.prose) break;
    if (form.furniture) furniture++;
    run.push([live[at]!, form.why ?? 'not prose']);
  }
  // No sentence of prose before the run: the file is not read as a story with edges.
  if (at <= 0) return;
  for (const [block, authors] of signatures) {
    if (lists.some(([listed]) => listed === block)) continue;
    markRemoved(block, 'author-bio', "a byline signing the story after the body's last sentence");
    lineData(block).bio = { authors };
  }
  for (const [block, why] of lists) {
    markRemoved(block, 'boilerplate-line', why);
    const writer = signatures.get(block);
    if (writer) lineData(block).bio = { authors: writer };
  }
  if (run.length >= MAX_RUN || furniture === 0) return;
  for (const [block, why] of run) {
    const detail = `in the ${run.length}-line run after the body's last sentence, ${furniture} of them page furniture: ${why}`;
    if (why !== ABOUT_JOURNALIST) {
      markRemoved(block, 'boilerplate-line', detail);
      continue;
    }
    // A bio or a credit names who made the article: its authors when no byline does.
    markRemoved(block, 'author-bio', detail);
    const bio = readBioSentence(blockText(block), byline);
    if (bio) lineData(block).bio = bio;
  }
}
