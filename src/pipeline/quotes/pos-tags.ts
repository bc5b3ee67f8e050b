/**
 * Words with their part-of-speech tags from compromise: the one way the quote passes read
 * grammar (speaker shapes, quote kinds, speaker repair), cached per text.
 */
import nlp from 'compromise';

/** A word and compromise's tags for it. */
export interface Token {
  text: string;
  tags: ReadonlySet<string>;
}

const cache = new Map<string, Token[]>();
/** Enough for every speaker and fragment of a large corpus; cleared when full. */
const CACHE_MAX = 50_000;

/** The words of a text with their tags (punctuation stays out of `text`). */
export function tagWords(text: string): Token[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const out = (nlp(text).terms().json() as { text: string; terms: { tags: string[] }[] }[]).map(
    (t) => ({ text: t.text, tags: new Set(t.terms[0]?.tags ?? []) }),
  );
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, out);
  return out;
}

/** True when the word carries one of the tags. */
export const hasTag = (t: Token | undefined, tags: readonly string[]): boolean =>
  t !== undefined && tags.some((tag) => t.tags.has(tag));
