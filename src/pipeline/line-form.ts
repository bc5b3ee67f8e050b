/**
 * The form of one line: prose (a sentence of the story) or not, and if not, why. Read with
 * compromise's tags, not with wordings: a call to act opens with an imperative verb, a headline
 * capitalises its words, a label opens with a word or two and a colon, a line that is not a
 * sentence has no verb or no closing punctuation. Used on the edges of a file, where pages put
 * their furniture.
 */
import { isArticleNote } from './article-note.ts';
import { isBioSentence } from './bio-sentence.ts';
import { anyTagged, hasTag, tagWords } from './document/tokens.ts';
import { PICTURE_NOUN } from './words/picture-nouns.ts';

export interface LineForm {
  prose: boolean;
  /** Why the line is not prose, in words, when it is not. */
  why?: string;
  /**
   * The line says what it is by its form alone (a copyright, an address or handle, a pointer to
   * another page, a short call to act): evidence for the run it sits in, not only a lack of prose.
   */
  furniture?: boolean;
}

/** Why a line is furniture, as `lineForm` says it. */
export const LINK_LINE = 'a link line (ends in … or →)';
export const CALL_TO_ACT = 'a call to act';
export const ARTICLE_NOTE = 'a note about the article (an update, a correction, where it ran)';
export const ABOUT_JOURNALIST = 'a sentence about a journalist (a bio or a credit)';
export const SHARE_BAR = 'a share bar (buttons to share, print or comment)';
export const PHOTO_CREDIT = 'a photo caption or credit';

/** Where a credit starts: a bracket, a bar, or a credit word and its colon or `by`. */
const CREDIT_START = new RegExp(
  `(?:\\(|\\|\\s*|(?<=[.!?])\\s+|\\b(?:credits?|${PICTURE_NOUN})(?:\\s*:|\\s+by)\\s*)`,
  'giu',
);
/** A credit's own words: capitalised, joined by `for`, `via` and at most one `/`. */
const CREDIT_WORD = /^(?:\p{Lu}[\p{L}.'’&-]*|for|via|\/|,|File)$/u;

/**
 * What a share bar is made of: the services a story is shared to and the buttons' verbs. Data,
 * not wording: a line whose every word is one of these (numbers, symbols and the services' one-
 * letter icons aside) is a row of buttons.
 */
const SHARE_WORDS = new Set(
  `share shares shared tweet tweets retweet email e-mail mail print comment comments save link
  copy via facebook twitter x whatsapp linkedin pinterest reddit messenger telegram flipboard
  tumblr sms f t in`.split(/\s+/),
);

const VERB = ['Verb'];
const IMPERATIVE = ['Imperative'];
const QUOTATION = /["“”«»]/u;
const SENTENCE_END = /[.!?]['’”")\]]*$/u;
const TRAILING_POINTER = /(?:…|\.\.\.|[→›»>])\s*$/u;
const LABEL = /^[\p{L}’'&]+(?:\s+[\p{L}’'&]+){0,2}\s*:\s+\S/u;
/** A copyright notice: `©`, `(c) 2016`, `Copyright 2016`; not the word in a sentence (`a copyright case`). */
const COPYRIGHT = /©|\(c\)\s*(?:copyright|\d{4})|\bcopyright\s+(?:©\s*)?\d{4}/iu;
const ADDRESS = /\S+@\S+\.\S+|\bhttps?:\/\/|\bwww\.|(?:^|\s)@\w+/u;
/** A sentence has at least this many words. */
const MIN_SENTENCE_WORDS = 4;
/** A line longer than this is a paragraph of the story, whatever its punctuation. */
const PARAGRAPH_WORDS = 30;
/** A call to act is short: a button or a one-line prompt. */
const MAX_CALL_WORDS = 12;

/**
 * Reads the form of one line. A note about the article (`This story has been updated.`) and a
 * short sentence about a journalist (`Reuters contributed to this story.`) are furniture.
 * Otherwise a line that quotes someone is always prose; so is a sentence of
 * the story that happens to hold an address (`The site, www.example.com, opened on Monday.`): an
 * address makes a line furniture only when the line is not such a sentence (`Follow her on
 * Twitter @jo`, `Contact the author at jo@example.com.`).
 */
export function lineForm(text: string): LineForm {
  const line = text.trim();
  const words = line.split(/\s+/);
  return formAlone(line, words) ?? sentenceForm(line, words);
}

/**
 * What a line's form says before the sentence test: furniture (or a line that has to be prose);
 * undefined when only the sentence test can tell, and then the line is not furniture. A caller
 * that only asks whether a line is furniture needs no more, and is spared the tagging.
 */
export function furnitureForm(text: string): LineForm | undefined {
  const line = text.trim();
  return formAlone(line, line.split(/\s+/));
}

function formAlone(line: string, words: readonly string[]): LineForm | undefined {
  // Sentences about the article and its makers say what they are by their form (read with tags
  // and lemmas), quotation marks and all (`… appeared in print with the headline “…”`).
  if (isShareBar(line)) return { prose: false, why: SHARE_BAR, furniture: true };
  if (endsInPhotoCredit(line)) return { prose: false, why: PHOTO_CREDIT, furniture: true };
  if (isArticleNote(line)) return { prose: false, why: ARTICLE_NOTE, furniture: true };
  if (QUOTATION.test(line) || words.length > PARAGRAPH_WORDS) return { prose: true };
  if (isBioSentence(line)) return { prose: false, why: ABOUT_JOURNALIST, furniture: true };
  if (COPYRIGHT.test(line)) return { prose: false, why: 'a copyright line', furniture: true };
  // Tagging is the costly part: only for a line whose answer depends on it.
  let tagged: boolean | undefined;
  const call = (): boolean => (tagged ??= isCallToAct(line));
  if (ADDRESS.test(line) && (call() || !isStatement(line, words)))
    return { prose: false, why: 'a contact line (address or handle)', furniture: true };
  if (TRAILING_POINTER.test(line)) return { prose: false, why: LINK_LINE, furniture: true };
  if (words.length <= MAX_CALL_WORDS && call())
    return { prose: false, why: CALL_TO_ACT, furniture: true };
  return undefined;
}

/** A line that is not furniture: a sentence of the story, or why it is not one. */
function sentenceForm(line: string, words: readonly string[]): LineForm {
  if (LABEL.test(line)) return { prose: false, why: 'a labelled line' };
  if (words.length < MIN_SENTENCE_WORDS || !SENTENCE_END.test(line))
    return { prose: false, why: 'not a sentence' };
  if (isTitleCase(words)) return { prose: false, why: 'a headline' };
  if (!anyTagged(line, VERB)) return { prose: false, why: 'not a sentence (no verb)' };
  return { prose: true };
}

/**
 * A row of share buttons: `Facebook Twitter Email`, `SHARE`, `Share 214 Tweet 57`, `f  t  ✉  🖨`,
 * `Share via email`: every word a share word, at least one that is not a one-letter icon, and no
 * closing full stop (`FACEBOOK.` closing a PolNeAR story is its text).
 */
function isShareBar(line: string): boolean {
  if (line.endsWith('.')) return false;
  const words = line.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  if (!words.every((w) => SHARE_WORDS.has(w))) return false;
  return words.some((w) => w.length > 2) || /[✉🖨]/u.test(line);
}

/**
 * A line that ends in a photo credit, with or without its caption: `(AP Photo/Paul Vasquez)`,
 * `Credit: Jessica Rinaldi for The New York Times`, `… in Denver. Photo by Melina Mara/Zuma
 * Press`, `… aboard the campaign plane. | Sam Oduya/Getty Images`. The credit is a few
 * capitalised words (a photographer and an agency) after a bracket, a bar, a sentence's end or a
 * credit word; without a credit word, photographer and agency are joined by one slash (`BBC Two/Sky One/Channel 4`
 * is a list of channels, `(Kent)` a county). A caption quotes nobody.
 */
function endsInPhotoCredit(line: string): boolean {
  if (QUOTATION.test(line)) return false;
  const starts = [...line.matchAll(CREDIT_START)];
  const last = starts.at(-1);
  if (!last) return false;
  const tail = line
    .slice(last.index + last[0].length)
    .replace(/[).]+$/u, '')
    .replace(/\//gu, ' / ')
    .replace(/,/gu, ' , ');
  const words = tail.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 12 || !words.every((w) => CREDIT_WORD.test(w)))
    return false;
  const slashes = words.filter((w) => w === '/').length;
  const byWord = /\p{L}/u.test(last[0]);
  return slashes === 1 || (byWord && slashes === 0);
}

/** A whole sentence of the story: long enough, closed by its punctuation, with a verb. */
function isStatement(line: string, words: readonly string[]): boolean {
  return (
    words.length >= MIN_SENTENCE_WORDS &&
    SENTENCE_END.test(line) &&
    !LABEL.test(line) &&
    !isTitleCase(words) &&
    anyTagged(line, VERB)
  );
}

/** A line whose first sentence opens with a verb in the imperative (`Turn on notifications`). */
function isCallToAct(line: string): boolean {
  return hasTag(tagWords(line)[0], IMPERATIVE);
}

/** Most words of four letters or more capitalised: `Obama Seeks More Muslim Refugees …`. */
function isTitleCase(words: readonly string[]): boolean {
  const long = words.slice(1).filter((w) => /^\p{L}{4,}/u.test(w));
  if (long.length < 3) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.8;
}
