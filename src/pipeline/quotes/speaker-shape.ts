/**
 * Whether a speaker string is a well-formed mention (a name, a pronoun or a description) or a
 * garbled piece of text: a fragment across a sentence break (`its accounts. The network`), a
 * phrase opening on a lower-case word that is no determiner (`of Education Jo Bell`), a clause
 * (`the government has`), a document (`Bell's statement`), a sentence-opening adverb or
 * connective (`Already`, `And Jo Bell`) or a common word (`Officials`). Read from compromise's
 * part-of-speech tags of the speaker's words, not from lists of phrasings.
 */
import { DOCUMENT_NOUNS } from './words/documents.ts';
import { hasTag as has, tagWords as tokens } from './pos-tags.ts';

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

function judge(name: string): Garble | null {
  if (SENTENCE_END.test(name)) return 'sentence-break';
  const words = tokens(name);
  const first = words[0];
  if (!first) return null;
  const last = words.at(-1)!;
  if (lower(first.text) && !has(first, OPENERS)) return 'lower-case-start';
  if (/['’]s$/u.test(name.split(/\s+/).at(-2) ?? '') && DOCUMENTS.has(last.text.toLowerCase()))
    return 'document';
  if (lower(last.text) && DOCUMENTS.has(last.text.toLowerCase()) && words.length > 1)
    return 'document';
  if (words.some((w) => lower(w.text) && w.tags.has('Verb') && !has(w, ['Noun', 'Adjective'])))
    return 'clause';
  if (!lower(first.text) && has(first, CONNECTIVES) && !has(first, NAMES)) return 'connective';
  if (words.length === 1 && first.tags.has('Plural') && !has(first, NAMES)) return 'common-word';
  return null;
}
