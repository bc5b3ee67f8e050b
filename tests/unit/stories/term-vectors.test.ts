import { describe, expect, it } from 'vitest';
import { contentTerms, cosine, neighbours, termVectors } from '../../../src/corpus/term-vectors.ts';
import { comparableText } from '../../../src/corpus/stories.ts';
import { seedCorpus } from '../seeds.ts';

describe('term vectors', () => {
  it('keeps content words, folded, without stopwords or possessive s', () => {
    expect(contentTerms("Russia's President Putin said the Donbás would be taken")).toEqual([
      'russia',
      'president',
      'putin',
      'donbas',
      'taken',
    ]);
  });

  it.each([
    ['curly quotes and dashes', 'The firm’s “core” business – says Mr O’Neill – isn’t for sale…'],
    ['accents', 'Café owners in São Paulo and Zürich: naïve façades, Kyiv’s Зеленський'],
    ['combining marks', 'Donbas\u0301 and Novorossiya\u0308, e\u0301tude'],
    ['Latin-1 symbols', 'Prices rose 5% to £600m (¥1bn) · §2 ¶3'],
  ])('folds text with %s as accent-stripping decomposition does', (_, text) => {
    const slow = text.normalize('NFD').replace(/\p{M}/gu, '');
    expect(contentTerms(text)).toEqual(contentTerms(slow));
    expect(contentTerms(text).join(' ')).not.toMatch(/\p{M}/u);
  });

  it('gives cosine 1 for the same text and is symmetric', () => {
    const texts = seedCorpus().entries.map(comparableText);
    const v = termVectors(texts);
    expect(cosine(v[0]!, v[0]!)).toBeCloseTo(1, 5);
    expect(cosine(v[0]!, v[1]!)).toBeCloseTo(cosine(v[1]!, v[0]!), 10);
  });

  it('finds a planted copy among unrelated texts, both ways, through the index', () => {
    const texts = seedCorpus().entries.map(comparableText);
    const withCopy = [...texts, texts[2]!];
    const found = neighbours(termVectors(withCopy), 0.2, { exactUpTo: 0 });
    expect(found[2]![0]).toEqual({ index: withCopy.length - 1, score: expect.closeTo(1, 5) });
    expect(found[withCopy.length - 1]![0]!.index).toBe(2);
    for (const list of found) for (const n of list) expect(n.score).toBeGreaterThanOrEqual(0.2);
  });

  it('finds through the index the pairs an exact comparison finds, when their words are distinctive', () => {
    const texts = seedCorpus().entries.map(comparableText);
    const vectors = termVectors(texts);
    const exact = neighbours(vectors, 0.25);
    const indexed = neighbours(vectors, 0.25, { exactUpTo: 0 });
    expect(indexed).toEqual(exact);
  });
});
