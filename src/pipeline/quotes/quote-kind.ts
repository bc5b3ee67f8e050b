/**
 * What a quotation is: someone's words (`speech`), a phrase held up as a term (`term`: scare
 * quotes, coined phrases, slogans), the title of a work (`title`) or a name (`name`: nicknames,
 * named things). Read from where the marks sit and what they hold, with compromise's tags:
 *
 * - a naming frame just before the marks — `so-called “…”`, a naming verb in the passive or as
 *   a participle (`what are called “…”`, `what's known as a “…”`, `Originally dubbed “…”`) — or
 *   the noun of a work or a label (`the film “…”`, `his memoir, “…”`, `the slogan “…”`) makes a
 *   name, title or term, whatever else the sentence says; so does, for a capitalised title, being
 *   what someone speaks on, with or to (`told “Fox and Friends”`) or coming before the role of a
 *   person in it (`the “Avatar” star`), even when the title reads as a sentence of its own; a
 *   gloss (`Latin for “truth”`) is a term, and so is a lead-in ending with a colon (`“Related:”`);
 *   the noun of a label right after the marks makes their wording a term even when it reads as
 *   a sentence (`“is it over?” headlines`, `the “in-your-face” type`); a capitalised quote
 *   listed right after a title or name (`“La Gozadera” and “Madre Tierra (Oye).”`) is one too;
 * - otherwise a quotation with a reporting verb, a full statement, or one holding a first-person
 *   word (`the “vitality of our menu”`) is speech;
 * - a short phrase with no reporting verb that is a noun phrase sitting inside a noun phrase of
 *   the sentence — after a determiner, a possessive pronoun or an adjective (`These “smart
 *   fabrics”`, `His “resignation”`), or before the noun it modifies (`the “look for updates”
 *   window`) — is a term (a name when every word is capitalised);
 * - a lone evaluative word (`the “failing” agency`, `its “poor” response`) stays speech: it is
 *   somebody's judgement even when the sentence does not say whose;
 * - a lone pronoun with no cue (`because “she” is a “he”`, `the “us”`) is the word mentioned,
 *   not used: a term, even opening its sentence (`“She” is my 29-year-old daughter`).
 */
import nlp from '../document/compromise.ts';
import type { Block, Quote } from '../../schemas/entry.ts';
import { hasTag, tagWords, type Token } from './pos-tags.ts';
import { CUE_IN } from './cues.ts';
import { SAYING_VERBS } from './words/saying-verbs.ts';
import {
  GLOSS_NOUNS,
  LABEL_NOUNS,
  MEDIUM_WORDS,
  NAMING_VERBS,
  WORK_NOUNS,
} from './words/naming.ts';
import { ROLE_NOUNS } from './words/role-nouns.ts';
import { sentenceAround } from './sentences.ts';

/** What a quotation is. */
export type QuoteKind = NonNullable<Quote['kind']>;

/** The most words a term holds. */
const MAX_WORDS = 6;
/** The most words of a quoted lead-in ending with a colon (`Related:`). */
const MAX_LEAD_WORDS = 3;
/** The most words a title or name in a naming frame holds (`Jerry's Guide to the World Wide Web`). */
const MAX_TITLE_WORDS = 12;

const WORKS = new Set(WORK_NOUNS);
const LABELS = new Set(LABEL_NOUNS);
const MEDIA = new Set(MEDIUM_WORDS);
const GLOSSES = new Set(GLOSS_NOUNS);
const ROLES = new Set(ROLE_NOUNS);
/** Participles of the naming verbs, conjugated once by compromise: `called`, `dubbed`, `known`. */
const NAMING = new Set(
  NAMING_VERBS.map((verb) => {
    const forms = (nlp(`they ${verb}`).verbs().conjugate() as Record<string, string>[])[0];
    return (forms?.['Participle'] ?? forms?.['PastTense'] ?? verb).toLowerCase();
  }),
);
/** Forms of `be` that make a naming participle passive: `what are called`. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
/** Words that mark the speaker's own voice inside a quotation. */
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our', "i'm", 'i’m']);
/** Function words a title-case title may hold in lower case. */
const SMALL = new Set([
  'of',
  'the',
  'a',
  'an',
  'and',
  '&',
  'in',
  'on',
  'to',
  'for',
  'at',
  'by',
  'with',
]);

/** The sentence around a quotation: the text before the opening mark and after the closing one. */
export interface QuoteContext {
  before: string;
  after: string;
}

/** The words of a text in lower case, for word lists. */
const lowerWords = (text: string): string[] =>
  (text.match(/[\p{L}’'-]+/gu) ?? []).map((w) => w.toLowerCase());

/**
 * The words of a title, at most `most` of them: each capitalised or a small function word
 * (`the Next Big Thing`, `This Week with George Stephanopoulos`); else none.
 */
export function titleWords(text: string, most = MAX_TITLE_WORDS): string[] {
  const words = text
    .replace(/[.,!?;:]+$/u, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= most &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL.has(w.toLowerCase()))
    ? words
    : [];
}

/** Every word capitalised, or a small function word inside: `Axis of Evil`, `Jerry's Guide`. */
export function titleCased(text: string): boolean {
  return /^[\p{Lu}\d]/u.test(titleWords(text)[0] ?? '');
}

/** The last word before the marks opens its phrase: `Originally dubbed`, `…, called`. */
function opensPhrase(before: string): boolean {
  return /(?:^|[,;:(])\s*(?:\p{L}+ly\s+)?\p{L}+\s*$/u.test(before);
}

/** `word` is a lower-case common noun in the text before: `groups` in `said groups dubbed`. */
function commonNoun(word: string, before: string): boolean {
  const t = tagWords(before.slice(-60)).findLast((w) => w.text.toLowerCase() === word);
  return t !== undefined && /^\p{Ll}/u.test(t.text) && t.tags.has('Noun') && !t.tags.has('Pronoun');
}

/** The frame just before the marks, when it makes what they hold a name, title or term. */
function frameBefore(before: string, text: string, after: string): QuoteKind | null {
  const words = lowerWords(before.slice(-60));
  // `a “pervasive ambient world”`, `the film “…”`: look past one article.
  const last = words.at(-1) === 'a' || words.at(-1) === 'an' ? words.slice(0, -1) : words;
  const w1 = last.at(-1) ?? '';
  const w2 = last.at(-2) ?? '';
  if (w1 === 'so-called') return titleCased(text) ? 'name' : 'term';
  if (w1 === 'as' && w2 === 'known') return titleCased(text) ? 'name' : 'term';
  // `Veritas - Latin for "truth"`: a gloss, what a word means, not what someone said.
  if (w1 === 'for' && GLOSSES.has(w2) && words.at(-1) === 'for') return 'term';
  // `Originally dubbed “…”`, `what are called “…”`, `groups dubbed “…”`: passive, opening a
  // phrase or after the common noun it describes; not `what it called a “…”` (a subject's words).
  // `branded “deeply irresponsible” by the Liberal Democrats`: a passive with its agent is speech.
  if (/^\s*by\s/u.test(after)) return null;
  // `what multiple lawmakers called “fraud”`: a fronted object, the verb has its own subject.
  const fronted = last.slice(-5, -1).some((w) => w === 'what' || w === 'which');
  if (NAMING.has(w1) && (BE.has(w2) || opensPhrase(before) || (!fronted && commonNoun(w2, before))))
    return titleCased(text) ? 'name' : 'term';
  // `the TV show “Shark Tank”`, `his memoir, “Gifted Hands,”`, `Latin hits including “…”`; not
  // `the comment by Dr. Paul Song “was inappropriate”`.
  const [, work = ''] = /(\p{Ll}+)(,)?(?:\s+including)?\s$/u.exec(before) ?? [];
  if ((WORKS.has(work) || WORKS.has(work.replace(/s$/u, ''))) && titleCased(text)) return 'title';
  // `told “Fox and Friends”`, `in an interview with “Fox News Sunday.”`: what is spoken on or to.
  const noun = /(\p{Ll}+)\s$/u.exec(before)?.[1] ?? '';
  if (MEDIA.has(noun) && titleCased(text)) return 'title';
  if (LABELS.has(noun)) return titleCased(text) ? 'name' : 'term';
  return null;
}

/**
 * The noun of a label right after the marks, which the quotation modifies: `McDonald's golden
 * arches, name and “I'm loving it” catchphrase`, `“is it over?” headlines`. What the marks hold
 * is the label's wording, even in the first person. Before `of` the noun is a kind, not a
 * label (`Ali G's “horrible” brand of “victim” humour`).
 */
function labelAfter(text: string, after: string): QuoteKind | null {
  const [, noun = '', next] = /^\s+(\p{Ll}+)\s*(\p{L}*)/u.exec(after) ?? [];
  // `the “Avatar” star`, `“Daily Show” host`, `“Ted Cruz” campaign pins`: a title or name that
  // says what the person or thing after it belongs to.
  if (
    titleCased(text) &&
    !/[,.;:!?]$/u.test(text) &&
    (ROLES.has(noun) || ROLES.has(noun.replace(/s$/u, '')))
  )
    return 'name';
  // `Ali G's “horrible” brand of “victim” humour`: a label noun before `of` is a kind of thing.
  if (next === 'of' || (!LABELS.has(noun) && !LABELS.has(noun.replace(/s$/u, '')))) return null;
  return titleCased(text) ? 'name' : 'term';
}

/** A frame before or after the marks that makes what they hold a name, title or term. */
function frameOf(text: string, { before, after }: QuoteContext): QuoteKind | null {
  return frameBefore(before, text, after) ?? labelAfter(text, after);
}

/** A noun phrase: it ends on a noun and holds no verb but a gerund (`one-click shopping`). */
function nominal(words: readonly Token[]): boolean {
  const last = words.at(-1);
  return (
    hasTag(last, ['Noun']) &&
    !hasTag(last, ['Pronoun']) &&
    words.every((w) => !w.tags.has('Verb') || w.tags.has('Gerund'))
  );
}

/**
 * Words that judge rather than name (`failing`, `poor`, `inaccurate and incomplete`,
 * `astonishingly excellent`): no noun among them, so somebody's judgement even unattributed.
 */
function evaluative(words: readonly Token[]): boolean {
  return words.every((w) => !w.tags.has('Noun') || w.tags.has('Pronoun'));
}

/** Forms of `be` and `have` before a participle: `will be “unwrapped”`, `have “disappeared”`. */
const BE_OR_HAVE = new Set([...BE, 'has', 'have', 'had', 'having']);

/**
 * One quoted word that is the participle of the article's own passive or perfect, tagged as the
 * sentence reads (`The messages will be “unwrapped” by sculptor …`, `materials can be “tuned”`,
 * `ballot papers … have “disappeared”`): with no cue and no reporting verb in the sentence, the
 * writer holds the word up (a scare quote), nobody is quoted saying it. Not after `to` or a
 * modal (`so as not to “waste” their vote`, `would “unravel” the policies`: PolNeAR's
 * annotators read those as the words of the person the sentence is about), and not an
 * adjective or a noun (`the “failing” agency` is a judgement, see `evaluative`).
 */
function ownVerb(text: string, { before, after }: QuoteContext): boolean {
  // `63 percent said Clinton was “justified”`, `accuse the campaign of being “duped”`: a
  // reporting verb earlier in the sentence makes the word the reported person's.
  if (tagWords(text).length !== 1 || reported(sentenceBefore(before))) return false;
  const lead = before.slice(-60);
  const leading = tagWords(lead);
  // The word before first: the sentence with the quoted word is tagged only after `be` or `have`.
  if (!BE_OR_HAVE.has(leading.at(-1)?.text.toLowerCase() ?? '')) return false;
  const word = tagWords(`${lead}${text}${after.slice(0, 30)}`)[leading.length];
  return (
    word !== undefined &&
    word.text.toLowerCase().startsWith(text.toLowerCase().replace(/[.,!?;:]+$/u, '')) &&
    word.tags.has('Verb') &&
    !hasTag(word, ['Adjective', 'Noun', 'Copula', 'Modal', 'Auxiliary'])
  );
}

const SAYING = new Set(SAYING_VERBS);

/** A reporting verb in the text, inflected (`said`) or bare (`to accuse`). */
function reported(text: string): boolean {
  return CUE_IN.test(text) || lowerWords(text).some((w) => SAYING.has(w));
}

/** The part of the text before a quotation that is in its sentence. */
function sentenceBefore(before: string): string {
  const end = /.*[.!?]["”’]?\s/su.exec(before);
  return end ? before.slice(end[0].length) : before;
}

/** Determiners that point back at something already named: `these “bot nets”`. */
const DEMONSTRATIVES = new Set(['this', 'these', 'that', 'those']);

/**
 * The marks sit inside a noun phrase that points back at the thing they name: after a
 * demonstrative (`These “smart fabrics”`) or a thing's possessive (`its “one-click shopping”
 * service`). Not after `a` or `the`, where a characterisation (`calling
 * him a “liar”`, `as the “establishment” candidate`) is somebody's word for it.
 */
function insideNounPhrase(before: string): boolean {
  if (!/\p{L}\s$/u.test(before)) return false;
  const prev = tagWords(before.slice(-40)).at(-1);
  if (!prev) return false;
  if (DEMONSTRATIVES.has(prev.text.toLowerCase())) return prev.tags.has('Determiner');
  // `its`: a thing's, not a person's (`her “sex tape”` is what someone called it).
  return prev.text.toLowerCase() === 'its';
}

/** `as a “working-class” rebellion`, `condemn terrorists as “radical Islamists”`: a characterisation, somebody's word. */
function characterised(before: string): boolean {
  return /\bas\s+(?:(?:a|an|the)\s+)?$/iu.test(before);
}

/** Possessive pronouns of people: `his “average American” followers` are his words for them. */
const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'your']);

/**
 * An owner just before the marks, named or a person (`Mitt Romney’s “47 percent” comment`,
 * `her “sex tape”`): what someone's thing is called is that person's word for it.
 */
function owned(before: string): boolean {
  const last = /(\S+)\s$/u.exec(before)?.[1] ?? '';
  return /^\p{Lu}\p{L}*['’]s?$/u.test(last) || PERSONAL_POSSESSIVES.has(last.toLowerCase());
}

/** The marks modify the noun right after them: `the “career average” salary`. */
function beforeItsNoun(text: string, before: string, after: string): boolean {
  // `if their marriage is “recognized under state law,” language that …`: the clause ended.
  if (/[,.;:!?]$/u.test(text) || !/^\s+\p{Ll}/u.test(after)) return false;
  // `what lawmakers called “fraud” lead …`: right after a verb the marks are its complement.
  if (tagWords(before.slice(-40)).at(-1)?.tags.has('Verb')) return false;
  // Tagged after the quoted words, as the sentence reads: `“prices paid” index` (a noun there).
  const next = tagWords(`${text} ${after.slice(0, 40).trim()}`).at(tagWords(text).length);
  return (
    next !== undefined &&
    next.tags.has('Noun') &&
    !hasTag(next, ['Pronoun', 'Date', 'Value', 'Verb', 'Adjective'])
  );
}

/**
 * One pronoun and no cue: the word itself is talked about (`unless simply because “she” is a
 * “he”?`), nobody is quoted saying it. A cued one is a reply (`“That,” he added, “…”`).
 */
function mentionedPronoun(text: string, cue: string | null): boolean {
  // One word, checked before tagging: most quotations are longer.
  if (cue || /\s/u.test(text)) return false;
  const words = tagWords(text);
  return words.length === 1 && hasTag(words[0], ['Pronoun']);
}

/** The words of a text between spaces that hold a letter or a digit. */
const spacedWords = (text: string): number =>
  text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Which reading decided a quotation's kind (for measuring each one). */
export type KindRule =
  | 'mention'
  | 'lead-in'
  | 'statement'
  | 'frame'
  | 'cued'
  | 'first-person'
  | 'evaluative'
  | 'noun-phrase'
  | 'modifier'
  | 'own-verb'
  | 'default';

/**
 * The kind of a quotation, from its fields (`fragment`, `cue`) and the sentence around it: a
 * naming frame first, then speech for anything cued, whole or in the first person, then the
 * shape of a term inside a noun phrase. Returns the reading that decided it too.
 */
export function classifyQuote(
  quote: Pick<Quote, 'text' | 'fragment' | 'cue'>,
  context: QuoteContext,
): { kind: QuoteKind; rule: KindRule } {
  const text = quote.text.trim();
  if (mentionedPronoun(text, quote.cue)) return { kind: 'term', rule: 'mention' };
  // Each spaced word with a letter or digit is at least one tagged word: a long quotation is a
  // statement without tagging it.
  if (spacedWords(text) > MAX_TITLE_WORDS) return { kind: 'speech', rule: 'statement' };
  // `"Related:"`: a few words leading into what follows (a link's caption) say nothing themselves.
  if (/:$/u.test(text) && spacedWords(text) <= MAX_LEAD_WORDS)
    return { kind: 'term', rule: 'lead-in' };
  if (!quote.fragment) {
    // A title in its frame reads as a sentence of its own (`his memoir, “Gifted Hands.”`).
    const framed = titleCased(text) ? frameOf(text, context) : labelAfter(text, context.after);
    return framed ? { kind: framed, rule: 'frame' } : { kind: 'speech', rule: 'statement' };
  }
  if (quote.cue) {
    // A cued fragment is speech unless a frame makes it a name, title or term: the frame is read
    // first, and the words are tagged (to count them) only when there is one.
    const framed = frameOf(text, context);
    if (!framed) return { kind: 'speech', rule: 'cued' };
    const tagged = tagWords(text).length;
    return tagged === 0 || tagged > MAX_TITLE_WORDS
      ? { kind: 'speech', rule: 'statement' }
      : { kind: framed, rule: 'frame' };
  }
  const words = tagWords(text);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS)
    return { kind: 'speech', rule: 'statement' };
  const framed = frameOf(text, context);
  if (framed) return { kind: framed, rule: 'frame' };
  if (words.length > MAX_WORDS) return { kind: 'speech', rule: 'statement' };
  if (ownVerb(text, context)) return { kind: 'term', rule: 'own-verb' };
  if (lowerWords(text).some((w) => FIRST_PERSON.has(w)))
    return { kind: 'speech', rule: 'first-person' };
  if (evaluative(words)) return { kind: 'speech', rule: 'evaluative' };
  if (nominal(words) && insideNounPhrase(context.before))
    return { kind: titleCased(text) ? 'name' : 'term', rule: 'noun-phrase' };
  if (
    beforeItsNoun(text, context.before, context.after) &&
    !owned(context.before) &&
    !characterised(context.before)
  )
    return { kind: 'term', rule: 'modifier' };
  return { kind: 'speech', rule: 'default' };
}

/** The kind of a quotation (`classifyQuote` without its reason). */
export function quoteKind(
  quote: Pick<Quote, 'text' | 'fragment' | 'cue'>,
  context: QuoteContext,
): QuoteKind {
  return classifyQuote(quote, context).kind;
}

/** How far around a quotation its frame is read, in characters. */
const REACH = 80;

/**
 * Gives every quote of an entry its kind, reading the text around it in its block. A phrase the
 * article holds up as a term once is a term wherever else it is quoted as a noun phrase (`bot
 * nets` … `these “bot nets” have become so prevalent, he said`). A quote that is not speech keeps
 * no speaker: its attribution fields are cleared.
 */
export function withKinds(quotes: Quote[], blocks: readonly Pick<Block, 'id' | 'text'>[]): Quote[] {
  const texts = new Map(blocks.map((b) => [b.id, b.text]));
  const terms = new Map<string, QuoteKind>();
  let prev: Quote | undefined;
  for (const quote of quotes) {
    const block = texts.get(quote.block) ?? '';
    quote.kind = quoteKind(quote, contextOf(quote, block));
    // `Latin hits including “La Gozadera” and “Madre Tierra (Oye).”`: a title listed with a title.
    const unbracketed = quote.text.replace(/[()]/gu, '');
    if (quote.kind === 'speech' && listedWith(prev, quote, block) && titleCased(unbracketed))
      quote.kind = prev!.kind!;
    if (quote.kind !== 'speech' && quote.kind !== 'title') terms.set(key(quote.text), quote.kind);
    prev = quote;
  }
  // A work's title is a title wherever the article quotes it unsaid (`“Brief Candles” is flawed`).
  const titles = new Set(quotes.filter((q) => q.kind === 'title').map((q) => key(q.text)));
  const unsaid = quotes.filter((q) => q.kind === 'speech' && unsaidCapitals(q));
  for (const quote of unsaid) if (aboutAWork(quote, blocks)) titles.add(key(quote.text));
  for (const quote of unsaid) if (titles.has(key(quote.text))) quote.kind = 'title';
  for (const quote of quotes) {
    const held = terms.get(key(quote.text));
    if (
      held &&
      quote.kind === 'speech' &&
      quote.fragment &&
      nominal(tagWords(quote.text.trim())) &&
      !owned(contextOf(quote, texts.get(quote.block) ?? '').before)
    )
      quote.kind = held;
    if (quote.kind !== 'speech') Object.assign(quote, UNATTRIBUTED);
  }
  return quotes;
}

/**
 * A capitalised quotation nobody is said to say (no cue, no speaker found): the title of a work
 * when the article calls it a title somewhere, or when one of its sentences is about a work, a
 * noun of a work in it (`It is the best line in “Brief Candles”, and … the play’s problems`, `“…”
 * is a warmer, stranger book`). A cued or attributed one is someone's words (`Make America Great
 * Again`, chanted), whatever its capitals.
 */
function unsaidCapitals(quote: Quote): boolean {
  return !quote.cue && !quote.speaker && titleCased(quote.text.replace(/[()]/gu, ''));
}

/**
 * One of the places the article quotes these words holds the noun of a work in its sentence, the
 * quotation aside (quotations the extraction left out as titles count too).
 */
function aboutAWork(quote: Quote, blocks: readonly Pick<Block, 'text'>[]): boolean {
  const words = quote.text.replace(/[.,!?;:]+$/u, '');
  return blocks.some(({ text }) => {
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
      const [start, end] = sentenceAround(text, at, at + words.length);
      const others = `${text.slice(start, at)} … ${text.slice(at + words.length, end)}`;
      if (tagWords(others).some(workNoun)) return true;
    }
    return false;
  });
}

/** A lower-case noun of a work, plural or possessive too: `the play’s problems`. */
function workNoun(w: Token): boolean {
  const word = w.text.toLowerCase().replace(/[.,!?;:]+$/u, '');
  return (
    w.tags.has('Noun') &&
    /^\p{Ll}/u.test(w.text) &&
    (WORKS.has(word) || WORKS.has(word.replace(/(?:['’]s|s)$/u, '')))
  );
}

/** Only marks, commas and `and` or `or` between a title or name and the quote after it. */
function listedWith(prev: Quote | undefined, quote: Quote, block: string): boolean {
  if (!prev || prev.block !== quote.block || (prev.kind !== 'title' && prev.kind !== 'name'))
    return false;
  return /^["“”«»]?,?\s*(?:(?:and|or)\s+)?["“”«»]?$/u.test(block.slice(prev.end, quote.start));
}

/** The text before and after a quote in its block, without its marks. */
export function contextOf(quote: Pick<Quote, 'start' | 'end'>, block: string): QuoteContext {
  return {
    before: block.slice(Math.max(0, quote.start - REACH), quote.start).replace(MARKS, ''),
    after: block.slice(quote.end, quote.end + REACH).replace(/^["“”«»]/u, ''),
  };
}

/** A quoted phrase compared without case or punctuation. */
const key = (text: string): string => lowerWords(text).join(' ');

/** The attribution fields of a quote that is not speech. */
const UNATTRIBUTED = {
  speaker: null,
  speakerId: null,
  speakerName: null,
  speakerMention: null,
  cue: null,
  via: null,
  relay: null,
  rule: null,
} as const;

/** The opening mark (and any space inside it) at the end of the text before a quote. */
const MARKS = /["“”«»]\s*$/u;
