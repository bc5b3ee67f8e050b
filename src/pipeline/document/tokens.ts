/**
 * The words of a text with compromise's part-of-speech tags, parsed once per text and shared:
 * every module that reads grammar (the quote passes, speaker shapes and repair, quote kinds,
 * entity kinds, the line-form and stray-line checks) asks here, so a text several of them read is
 * tagged once. The tokens are read straight off compromise's terms, not through its `json()`
 * output, which costs about as much again as the tagging.
 */
import { tag } from './compromise.ts';

/** A word and compromise's tags for it. */
export interface Token {
  /** The word with the punctuation compromise keeps on it (`said,`, `“Yes`). */
  text: string;
  tags: ReadonlySet<string>;
}

const cache = new Map<string, Token[]>();
/** Enough for every line, speaker and fragment of a large corpus; cleared when full. */
const CACHE_MAX = 50_000;
const NO_TAGS: ReadonlySet<string> = new Set();

/**
 * The words of a text with their tags, across its sentences, in order; the first word of the
 * first sentence comes first. Each word's text is its term with the punctuation and spaces around
 * it, trimmed (what compromise's `terms().json()` calls `text`).
 */
export function tagWords(text: string): Token[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const out: Token[] = [];
  for (const sentence of tag(text).document)
    for (const term of sentence)
      out.push({
        text: (term.pre + (term.text || term.normal || '') + term.post).trim(),
        tags: term.tags ?? NO_TAGS,
      });
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, out);
  return out;
}

/** True when the word carries one of the tags. */
export const hasTag = (t: Token | undefined, tags: readonly string[]): boolean =>
  t !== undefined && tags.some((tag) => t.tags.has(tag));

/** True when some word of the text carries one of the tags (compromise's `has('(#A|#B)')`). */
export const anyTagged = (text: string, tags: readonly string[]): boolean =>
  tagWords(text).some((t) => hasTag(t, tags));
