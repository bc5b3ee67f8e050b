/**
 * Stray lines inside the body: what a page put between the story's paragraphs or above its lead
 * (a share button, a call to subscribe, a link line, a copyright) and scraped text kept as lines
 * of their own. Scored by form and neighbours, not wording: the line is not prose, it is page
 * furniture by its form (`line-form.ts`: a call to act, an address or handle, a link line, a
 * copyright), the story's prose comes after it, and between paragraphs it is one of a kind: lines
 * of one form that recur in the body are its structure (imperative subheads of an advice piece,
 * `Show humility`; readers' handles signing their letters), not strays. The first line (the
 * headline's place) and the closing run (`remark-edge-zones.ts`) are left to their own plugins;
 * a line that quotes someone is prose, so never taken.
 */
import type { Root } from 'mdast';
import { articlesOf, blockText, isLive, liveParagraphs, markRemoved } from '../blocks.ts';
import { anyTagged } from '../document/tokens.ts';
import {
  ABOUT_JOURNALIST,
  CALL_TO_ACT,
  furnitureForm,
  LINK_LINE,
  lineForm,
  PHOTO_CREDIT,
  type LineForm,
} from '../line-form.ts';
import { listShape } from '../lists.ts';
import { isChatMessage } from '../provenance-line.ts';
import { containment, wordSet } from '../similarity.ts';
import type { Article } from '../types.ts';

/** Marks stray furniture lines of each article. */
export default function remarkStrayLines() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) markStrayLines(article);
  };
}

function markStrayLines(article: Article): void {
  // A line of symbols alone (`▪ ■`, `¬ |`, `==========`) has no character of text in it: no
  // letter, digit or punctuation mark (`___.`, `***` and `}` are a wire's rules and a file's, kept).
  for (const block of liveParagraphs(article))
    if (/^[\p{S}\s]+$/u.test(blockText(block))) markRemoved(block, 'boilerplate-line', SYMBOLS);
    else if (isChatMessage(blockText(block))) markRemoved(block, 'boilerplate-line', CHAT);
  const live = liveParagraphs(article);
  const texts = live.map(blockText);
  // Whether a line is prose is read from each end only as far as the first line that is: the
  // lines between need only their furniture, which asks for no sentence test.
  const firstProse = texts.findIndex((text) => formOf(text, lineForm).prose);
  if (firstProse < 0) return;
  const lastProse = texts.findLastIndex((text) => formOf(text, lineForm).prose);
  const forms = texts
    .slice(0, lastProse)
    .map((text, i) => formOf(text, i <= firstProse ? lineForm : furnitureOnly));
  const inBody = new Map<string | undefined, number>();
  // Adjacent lines of one form are one piece of furniture (`SHARE`, `TWEET`, `EMAIL`: one bar).
  for (let i = firstProse; i < lastProse; i++)
    if (isStrayForm(forms[i]!, texts[i]!) && forms[i - 1]?.why !== forms[i]!.why)
      inBody.set(forms[i]!.why, (inBody.get(forms[i]!.why) ?? 0) + 1);
  // Above the lead, a line of no words (figures, symbols, single letters) is no headline, even first.
  for (let i = 0; i < firstProse; i++)
    if (isNotWords(texts[i]!))
      markRemoved(live[i]!, 'boilerplate-line', `a stray line above the lead: ${NOT_WORDS}`);
  for (let i = 1; i < lastProse; i++) {
    const form = forms[i]!;
    if (!isLive(live[i]!) || !isStrayForm(form, texts[i]!)) continue;
    if (headsNext(texts[i]!, texts[i + 1])) continue;
    const above = i < firstProse;
    // A photo credit is never the story's structure: each one goes, however many there are.
    const credit = form.why === PHOTO_CREDIT;
    if (!above && !credit && (inBody.get(form.why) ?? 0) > 1) continue;
    const where = above ? 'above the lead' : 'between paragraphs of the body';
    markRemoved(
      live[i]!,
      credit ? 'photo-credit' : 'boilerplate-line',
      `a stray line ${where}: ${form.why}`,
    );
  }
}

/** A line's form: a list block, a count, or its form as a line. */
function formOf(text: string, form: (text: string) => LineForm): LineForm {
  if (listShape(text)) return { prose: false };
  return isCount(text) ? { prose: false, why: COUNT, furniture: true } : form(text);
}

/** A line's form as far as furniture goes (whether it is prose stays unread). */
const furnitureOnly = (text: string): LineForm => furnitureForm(text) ?? { prose: false };

const SYMBOLS = 'a line of symbols alone (a rule, a speck of a scan)';
const CHAT = 'a message of a chat log (opened by its time stamp): the copy passed on';
const COUNT = 'a count (a number and a few words, no name)';
const NOT_WORDS = 'no words (figures, symbols or single letters: a ticker, a control)';

/**
 * A line with no words to read: no word in lower case and fewer than half its tokens words of
 * two letters or more (`▲ 153.51 (+0.85%)`, `18,130.35`, `DOW 18,156.53 ▲ 120.71 (+0.66%) | S&P
 * 500 …`), or every token a single letter (`A A A`, a text-size control).
 */
function isNotWords(text: string): boolean {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const words = tokens.filter((t) => /^\p{L}[\p{L}'’.&-]+$/u.test(t.replace(/[,;:()]/gu, '')));
  if (tokens.every((t) => /^\p{L}$/u.test(t))) return tokens.length >= 2;
  // A word in lower case is read as one: `Result: Nadal 6-7 (6/8) 6-2 Roddick` (BBC sport-491).
  return !/\p{Ll}{2}/u.test(text) && words.length * 2 < tokens.length;
}
const DATE_TAGS = ['WeekDay', 'Month', 'Time', 'Acronym'];
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];
/** A count is a short line. */
const MAX_COUNT_WORDS = 5;

/**
 * A count the page shows beside a story (`⏱ 5 min`, `Comments (1,100)`, `1,380 words`, `3 MIN
 * READ`): a number and at most four other words, no closing full stop, and no name (compromise:
 * no proper noun, person, place, organisation or acronym; a line in capitals is read in lower
 * case), so a score or result (`Newcastle 2-1 Bolton`, `16th PREM`) is not one; nor is a day, a
 * month or a time (a fixture's `Saturday, 26 February` and `1600 GMT`).
 */
function isCount(text: string): boolean {
  const line = text.trim();
  const words = line.split(/\s+/);
  if (words.length > MAX_COUNT_WORDS || words.length < 2 || line.endsWith('.')) return false;
  if (!/\d/u.test(line)) return false;
  if (anyTagged(line, DATE_TAGS)) return false;
  const read = line === line.toUpperCase() ? line.toLowerCase() : line;
  return !anyTagged(read, NAME_TAGS);
}

/**
 * A line that heads the text after it (a second story's headline, a subhead) shares its words:
 * `Harbour ferry service to resume after storm repairs` over `The harbour ferry will run again
 * … after … repairs … storm`. Words of four letters or more, two in five found below.
 */
function headsNext(line: string, next: string | undefined): boolean {
  if (!next) return false;
  const words = new Set([...wordSet(line)].filter((w) => w.length >= 4));
  return words.size >= 2 && containment(words, wordSet(next)) >= 0.4;
}

/**
 * Furniture that can stand alone inside the body. Not a bio (a sentence about a journalist inside
 * the body is the story's), nor a line trailing off in `…` (a reader's
 * comment in BBC's "your views" pieces does, `The Psion series 3c! … carry all your info
 * around...`), nor a call to act that exclaims or asks (`Give us a break...!!!` is a voice, a
 * button or a prompt does not raise it).
 */
function isStrayForm(form: LineForm, text: string): boolean {
  // A bio belongs to the closing run only: inside the body it is part of the story.
  if (!form.furniture || form.why === LINK_LINE || form.why === ABOUT_JOURNALIST) return false;
  return !(form.why === CALL_TO_ACT && /[!?]['’”")\]]*$/u.test(text.trim()));
}
