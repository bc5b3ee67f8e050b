/**
 * The grammatical gender a first name usually takes in English news text, read from the
 * `compromise` lexicon (`MaleName`, `FemaleName`): only to resolve "he" and "she".
 */
import nlp from '../document/compromise.ts';

let lexicon: Record<string, string | string[]> | undefined;

function tagsOf(word: string): Array<string | undefined> {
  lexicon ??= (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } })
    .model.one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  return Array.isArray(tag) ? tag : [tag];
}

/** The lexicon's tags for a word (case-insensitive), empty when it does not know it. */
export function lexiconTagsOf(word: string): string[] {
  return tagsOf(word).filter((t): t is string => t !== undefined);
}

/** `m` for `Bernie`, `f` for `Hillary`, undefined for names the lexicon does not gender. */
export function firstNameGender(name: string): 'm' | 'f' | undefined {
  const tags = tagsOf(name);
  if (tags.includes('MaleName')) return 'm';
  if (tags.includes('FemaleName')) return 'f';
  return undefined;
}

const NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);

/**
 * What the lexicon makes of a capitalised word: `name` (`Cruz`, `Carson`), `word` for a common
 * word or a place (`Just`, `Critics`, `Russia`, and plurals of common nouns), undefined when it
 * does not know it (`Kasich`).
 */
export function lexiconKind(word: string): 'name' | 'word' | undefined {
  const tags = tagsOf(word);
  if (tags.some((t) => t !== undefined && NAME_TAGS.has(t))) return 'name';
  if (tags[0] !== undefined) return 'word';
  const singular = /[^s]s$/.test(word) ? tagsOf(word.slice(0, -1)) : [undefined];
  return singular[0] !== undefined && !singular.some((t) => t !== undefined && NAME_TAGS.has(t))
    ? 'word'
    : undefined;
}

/** True when the lexicon lists the word itself (not its singular) as a common word or a place. */
export function listedAsWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags[0] !== undefined && !tags.some((t) => t !== undefined && NAME_TAGS.has(t));
}
