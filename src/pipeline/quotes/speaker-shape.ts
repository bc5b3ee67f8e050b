/**
 * Whether a speaker string is a well-formed mention (a name, a pronoun or a description) or a
 * garbled piece of text: a fragment across a sentence break (`its accounts. The network`), a
 * phrase opening on a lower-case word that is no determiner (`of Education Jo Bell`), a clause
 * (`the government has`), a document (`Bell's statement`), a sentence-opening adverb or
 * connective (`Already`, `And Jo Bell`) or a common word (`Officials`). Read from compromise's
 * part-of-speech tags of the speaker's words, not from lists of phrasings.
 */
import { DOCUMENT_NOUNS } from './words/documents.ts';
import { lexiconKind, listedAsWord } from './first-names.ts';
import { hasTag as has, tagWords as tokens, type Token } from './pos-tags.ts';

/** Why a speaker string is not a mention. */
export type Garble =
  'sentence-break' | 'lower-case-start' | 'clause' | 'document' | 'connective' | 'common-word';

/** Tags that may open a mention in lower case: `the`, `a`, `his`, `one`, `he`. */
const OPENERS = ['Determiner', 'Possessive', 'Pronoun', 'Value'];
/** Word classes that open sentences but never a mention: `Already`, `However`, `And`. */
const CONNECTIVES = ['Adverb', 'Conjunction', 'Preposition'];
/** Tags of words that name something. */
const NAMES = ['ProperNoun', 'Person', 'Organization', 'Place', 'Acronym'];
/** A lower-case word closing a sentence, then more text: `accounts. The`. */
const SENTENCE_END = /\p{Ll}{2}[.!?]\s+\S/u;

const DOCUMENTS = new Set(DOCUMENT_NOUNS);
const cache = new Map<string, Garble | null>();

const lower = (w: string): boolean => /^\p{Ll}/u.test(w);

/** Why `name` is not a well-formed speaker mention, or null when it is one. */
export function garbleOf(name: string): Garble | null {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const garble = judge(name.trim());
  cache.set(name, garble);
  return garble;
}

/** A capitalised word of letters and dots, which compromise keeps as one word: `Jo`, `Mr`, `U.S.`. */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}.]*$/u;

/**
 * A run of two or more capitalised words of letters (`Jo Bell`, `Mr Blair`, most speakers) whose
 * first word is no word of the lexicon: well formed, and known so without tagging it. Each test
 * of `judge` needs a lower-case word, an apostrophe, a single word or a known first word.
 */
function plainName(name: string): boolean {
  const words = name.split(' ');
  return words.length > 1 && words.every((w) => CAPITALISED_WORD.test(w)) && !known(words[0]!);
}

function judge(name: string): Garble | null {
  if (SENTENCE_END.test(name)) return 'sentence-break';
  if (plainName(name)) return null;
  const words = tokens(name);
  const first = words[0];
  if (!first) return null;
  const last = words.at(-1)!;
  // A bare plural is a description (`officials`, `demonstrators`); other lower-case openings are not.
  const barePlural = words.length === 1 && first.tags.has('Plural');
  if (lower(first.text) && !has(first, OPENERS) && !barePlural) return 'lower-case-start';
  if (/['’]s$/u.test(name.split(/\s+/).at(-2) ?? '') && DOCUMENTS.has(last.text.toLowerCase()))
    return 'document';
  if (lower(last.text) && DOCUMENTS.has(last.text.toLowerCase()) && words.length > 1)
    return 'document';
  if (words.some((w, i) => verbOfClause(w, words[i - 1], words[i + 1]))) return 'clause';
  if (!lower(first.text) && has(first, CONNECTIVES) && !has(first, NAMES) && known(first.text))
    return 'connective';
  if (words.length === 1 && !lower(first.text) && commonPlural(first)) return 'common-word';
  return null;
}

/**
 * A lower-case verb that makes the phrase a clause (`the government has`): not a hyphenated
 * adjective (`Ballymena-born`), not a noun's modifier (`police chief`), not a noun after a
 * determiner or modifier (`the Bush-Cheney campaign`).
 */
function verbOfClause(w: Token, prev: Token | undefined, next: Token | undefined): boolean {
  return (
    lower(w.text) &&
    // `the Bush-Cheney campaign`: after a determiner or a modifier, a noun.
    !(prev && has(prev, ['Determiner', 'Adjective', 'Hyphenated'])) &&
    !w.text.includes('-') &&
    w.tags.has('Verb') &&
    !has(w, ['Noun', 'Adjective']) &&
    !(next && next.tags.has('Noun') && !next.tags.has('Pronoun'))
  );
}

/**
 * A word compromise's lexicon knows (`Although`, `By`), or an adverb made of one (`Originally`,
 * `original` + `ly`); not a name it does not know (`Roly`) nor an acronym (`AS`).
 */
function known(word: string): boolean {
  if (word === word.toUpperCase()) return false;
  return (
    listedAsWord(word) ||
    (/ly$/u.test(word) &&
      (tokens(word.slice(0, -2).toLowerCase())[0]?.tags.has('Adjective') ?? false))
  );
}

/** Agent nouns: the singular of `Prosecutors`, `Lawmakers`, `Analysts`. */
const AGENT = /(?:or|er|ist|ian)$/u;

/**
 * A common plural (`Officials`, `Prosecutors`): the lexicon lists it, or its singular is a
 * person noun (tagged `Actor`, or an agent noun that is not a name). Names that end in `s`
 * and that the lexicon does not know (`Yukos`, `Qantas`, `Nicholls`) are not.
 */
function commonPlural(w: Token): boolean {
  if (!w.tags.has('Plural') || has(w, NAMES)) return false;
  if (listedAsWord(w.text) || w.tags.has('Actor')) return true;
  const singular = w.text.replace(/e?s$/u, '').toLowerCase();
  const one = tokens(w.text.slice(0, -1).toLowerCase())[0];
  return (
    (one?.tags.has('Actor') ?? false) ||
    (AGENT.test(w.text.slice(0, -1).toLowerCase()) &&
      lexiconKind(singular) !== 'name' &&
      !has(one, ['FirstName', 'Person']))
  );
}
