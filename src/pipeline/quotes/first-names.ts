/**
 * The grammatical gender a first name usually takes in English news text, read from the
 * `compromise` lexicon (`MaleName`, `FemaleName`): only to resolve "he" and "she".
 */
import nlp from 'compromise';

let lexicon: Record<string, string | string[]> | undefined;

/** `m` for `Bernie`, `f` for `Hillary`, undefined for names the lexicon does not gender. */
export function firstNameGender(name: string): 'm' | 'f' | undefined {
  lexicon ??= (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } })
    .model.one.lexicon;
  const tag = lexicon[name.toLowerCase()];
  const tags = Array.isArray(tag) ? tag : [tag];
  if (tags.includes('MaleName')) return 'm';
  if (tags.includes('FemaleName')) return 'f';
  return undefined;
}
