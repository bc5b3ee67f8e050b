/**
 * What compromise's model knows about a word or name: its lexicon of first names, surnames,
 * cities, countries, regions and organisations, its role nouns (`Actor`: president, minister)
 * and its organisation and place head words (`Institute`, `Club`; `Region`, `Beach`). Looked up
 * directly, word by word: running compromise's tagger over every sentence costs about 20 ms per
 * article, ten times this stage's budget, while these look-ups cost microseconds.
 */
import nlp, { tag } from '../document/compromise.ts';
import { ORG_WORDS as ORG_WORDS_MORE, PLACE_HEADS } from './kind-words.ts';

type Tags = string | readonly string[] | undefined;

interface Model {
  one: { lexicon: Record<string, Tags> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const model = nlp.model() as unknown as Model;
const LEXICON = model.one.lexicon;
const ORG_WORDS = model.two.orgWords;
const PLACE_WORDS = model.two.placeWords;

/** What the lexicon says a word or phrase is. */
export type LexiconKind =
  | 'first-name'
  | 'surname'
  | 'person'
  | 'place'
  | 'organization'
  | 'role'
  | 'honorific'
  | 'demonym'
  | 'date'
  | 'common'
  | undefined;

const KIND_OF_TAG: ReadonlyArray<[string, Exclude<LexiconKind, undefined>]> = [
  ['Honorific', 'honorific'],
  ['FirstName', 'first-name'],
  ['MaleName', 'first-name'],
  ['FemaleName', 'first-name'],
  ['LastName', 'surname'],
  ['Person', 'person'],
  ['City', 'place'],
  ['Country', 'place'],
  ['Region', 'place'],
  ['Place', 'place'],
  ['Organization', 'organization'],
  ['SportsTeam', 'organization'],
  ['Company', 'organization'],
  ['Actor', 'role'],
  ['Demonym', 'demonym'],
  ['Month', 'date'],
  ['WeekDay', 'date'],
  ['Date', 'date'],
];

const cache = new Map<string, LexiconKind>();

/** The kind the lexicon gives a word or phrase (case-insensitive), `common` for other words. */
export function lexiconKind(phrase: string): LexiconKind {
  const key = phrase.toLowerCase();
  if (cache.has(key)) return cache.get(key);
  const tags = LEXICON[key];
  let kind: LexiconKind;
  if (tags !== undefined) {
    const list = typeof tags === 'string' ? [tags] : tags;
    kind = KIND_OF_TAG.find(([tag]) => list.includes(tag))?.[1] ?? 'common';
  }
  cache.set(key, kind);
  return kind;
}

/** The lexicon's tags for a word (case-insensitive), empty when it does not know it. */
export function lexiconTags(word: string): readonly string[] {
  const tags = LEXICON[word.toLowerCase()];
  return tags === undefined ? [] : typeof tags === 'string' ? [tags] : tags;
}

const tagged = new Map<string, readonly string[]>();

/**
 * The tags of a word: the lexicon's, or for a word it does not know (`Nevertheless`) what
 * compromise's tagger makes of the word alone (its suffix and form rules), cached per word.
 */
export function wordTags(word: string): readonly string[] {
  const known = lexiconTags(word);
  if (known.length > 0) return known;
  const key = word.toLowerCase();
  let tags = tagged.get(key);
  if (tags === undefined) {
    // The first sentence's terms, read off the document rather than through `json()`.
    const terms = (tag(word).document as { tags: Set<string> }[][])[0];
    tags = terms?.length === 1 ? [...terms[0]!.tags] : [];
    tagged.set(key, tags);
  }
  return tags;
}

/** True when a word ends organisation names: `Institute`, `Club`, `Party`. */
export function isOrgWord(word: string): boolean {
  const w = word.toLowerCase();
  return ORG_WORDS[w] === true || ORG_WORDS_MORE.has(w);
}

/** True when a word ends place names: `Region`, `Beach`, `Oblast`. */
export function isPlaceWord(word: string): boolean {
  const w = word.toLowerCase();
  return PLACE_WORDS[w] === true || PLACE_HEADS.has(w);
}
