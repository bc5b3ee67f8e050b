import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusOf, hasSharedData, SHARED_DATA } from './shared-data.ts';
import { scoreRewrites } from './rewrites.ts';

describe.runIf(hasSharedData)('rewrite detection on the BBC corpus', () => {
  it('flags the labelled near-identical pairs and no unrelated pair', () => {
    const corpus = corpusOf(path.join(SHARED_DATA, 'bbc'));
    const score = scoreRewrites(corpus.entries);
    // Labels: tests/fixtures/bbc-rewrites.json (170 near-identical pairs by 5-word shingles).
    expect(score.missed).toEqual([]);
    expect(score.falsePositives).toEqual([]);
    expect(score.recall).toBe(1);
    expect(score.precision).toBe(1);
  });
});
