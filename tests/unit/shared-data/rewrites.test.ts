import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusOf, hasSharedData, SHARED_DATA } from './shared-data.ts';
import { scoreRewrites } from './rewrites.ts';

describe.runIf(hasSharedData)('rewrites and stories on the BBC corpus', () => {
  it('flags the labelled near-identical pairs and no unrelated pair', () => {
    const corpus = corpusOf(path.join(SHARED_DATA, 'bbc'));
    const score = scoreRewrites(corpus.entries);
    // Labels: tests/fixtures/bbc-rewrites.json (170 near-identical pairs by 5-word shingles).
    expect(score.missed).toEqual([]);
    expect(score.falsePositives).toEqual([]);
    expect(score.recall).toBe(1);
    expect(score.precision).toBe(1);
  });

  it('groups the undated articles only where words are close: no topic-wide "story"', () => {
    const corpus = corpusOf(path.join(SHARED_DATA, 'bbc'));
    const sizes = Map.groupBy(
      corpus.entries.filter((e) => e.story),
      (e) => e.story!,
    );
    // At the dated thresholds 365 groups, the largest 23 Yukos articles from months apart.
    expect(Math.max(...[...sizes.values()].map((m) => m.length))).toBeLessThanOrEqual(6);
    expect(sizes.size).toBeLessThan(300);
    // The 20 Yukos headlines span months of one company's affairs: pairs at most.
    const yukos = corpus.entries.filter((e) => e.title.includes('Yukos') && e.story);
    for (const members of Map.groupBy(yukos, (e) => e.story!).values())
      expect(members.length).toBeLessThanOrEqual(2);
  });
});
