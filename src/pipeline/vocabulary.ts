/**
 * Corpus vocabulary for repairs: how often each word occurs across all files, and how often each
 * two-letter word is followed by each word (enough to choose `In her` over `An her`).
 */
import { countLineShapes } from './line-shapes.ts';
import type { Vocabulary } from './types.ts';

const WORD = /[\p{L}]+(?:['’][\p{L}]+)?/gu;

/** The corpus vocabulary, and how often each word is written in lower case. */
export interface CorpusVocabulary extends Vocabulary {
  /** How often a word is written all in lower case (`power`, not `Power`). */
  lowerCount(word: string): number;
}

/** The counts behind a vocabulary: plain Maps, so they can be sent to a worker thread. */
export interface VocabularyCounts {
  words: Map<string, number>;
  lower: Map<string, number>;
  bigrams: Map<string, number>;
  /** In how many files each line shape recurs (shapes of more than one file only). */
  shapes: Map<string, number>;
  /** How many files were counted. */
  files: number;
}

/** A line shape is a template when it recurs in this many files at least … */
const TEMPLATE_FILES = 3;
/** … and in this share of the corpus (a columnist's bio on 7 of 2,225 BBC pages is not). */
const TEMPLATE_SHARE = 1 / 200;

/** Counts words (lower-cased) over many texts. */
export function countVocabulary(input: Iterable<string>): VocabularyCounts {
  const texts = [...input];
  const words = new Map<string, number>();
  const lower = new Map<string, number>();
  const bigrams = new Map<string, number>();
  for (const text of texts) {
    let previous: string | undefined;
    for (const m of text.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      words.set(w, (words.get(w) ?? 0) + 1);
      if (m[0] === w) lower.set(w, (lower.get(w) ?? 0) + 1);
      if (previous !== undefined && previous.length === 2) {
        const key = `${previous} ${w}`;
        bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
      }
      previous = w;
    }
  }
  return { words, lower, bigrams, shapes: countLineShapes(texts), files: texts.length };
}

/** The vocabulary answering from `counts`. */
export function vocabularyOf({
  words,
  lower,
  bigrams,
  shapes,
  files,
}: VocabularyCounts): CorpusVocabulary {
  const templateFiles = Math.max(TEMPLATE_FILES, Math.ceil(files * TEMPLATE_SHARE));
  return {
    repeatedLine: (shape) => {
      const n = shapes.get(shape) ?? 0;
      return n >= templateFiles ? n : 0;
    },
    known: (word) => (words.get(word) ?? 0) > 1,
    count: (word) => words.get(word) ?? 0,
    lowerCount: (word) => lower.get(word) ?? 0,
    pairCount: (first, next) => bigrams.get(`${first} ${next}`) ?? 0,
  };
}

/** The vocabulary of many texts. */
export function buildVocabulary(texts: Iterable<string>): CorpusVocabulary {
  return vocabularyOf(countVocabulary(texts));
}

/**
 * A lookup made during a parse and its answer: `known` (`?word` → yes or no), `count` (`word` →
 * n), `pairCount` (`first next` → n) or `repeatedLine` (`#shape` → n).
 */
export type Lookup = [key: string, answer: number | boolean];

/**
 * The vocabulary, recording every lookup made through it. A parse that made the same lookups
 * against another vocabulary with the same answers would come out the same: that is what lets a
 * cached parse be reused after other files change.
 */
export function recordingVocabulary(vocabulary: Vocabulary): {
  vocabulary: Vocabulary;
  lookups: Lookup[];
} {
  const lookups: Lookup[] = [];
  return {
    lookups,
    vocabulary: {
      known(word) {
        const yes = vocabulary.known(word);
        lookups.push([`?${word}`, yes]);
        return yes;
      },
      count(word) {
        const n = vocabulary.count(word);
        lookups.push([word, n]);
        return n;
      },
      pairCount(first, next) {
        const n = vocabulary.pairCount(first, next);
        lookups.push([`${first} ${next}`, n]);
        return n;
      },
      repeatedLine(shape) {
        const n = vocabulary.repeatedLine?.(shape) ?? 0;
        lookups.push([`#${shape}`, n]);
        return n;
      },
    },
  };
}

/** Whether the vocabulary still answers every recorded lookup the same way. */
export function answersAlike(vocabulary: Vocabulary, lookups: readonly Lookup[]): boolean {
  return lookups.every(([key, answer]) => {
    if (key.startsWith('?')) return vocabulary.known(key.slice(1)) === answer;
    if (key.startsWith('#')) return (vocabulary.repeatedLine?.(key.slice(1)) ?? 0) === answer;
    const space = key.indexOf(' ');
    const got =
      space < 0
        ? vocabulary.count(key)
        : vocabulary.pairCount(key.slice(0, space), key.slice(space + 1));
    return got === answer;
  });
}
