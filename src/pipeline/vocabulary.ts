/**
 * Corpus vocabulary for repairs: how often each word occurs across all files, and how often each
 * two-letter word is followed by each word (enough to choose `In her` over `An her`).
 */
import type { Vocabulary } from './types.ts';

const WORD = /[\p{L}]+(?:['’][\p{L}]+)?/gu;

/** Counts words (lower-cased) over many texts. */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const words = new Map<string, number>();
  const bigrams = new Map<string, number>();
  for (const text of texts) {
    let previous: string | undefined;
    for (const m of text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      words.set(w, (words.get(w) ?? 0) + 1);
      if (previous !== undefined && previous.length === 2) {
        const key = `${previous} ${w}`;
        bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
      }
      previous = w;
    }
  }
  return { words, bigrams };
}
