import { describe, expect, it } from 'vitest';
import { idf, withinBudget } from '../../../src/search/prior.ts';
import { seedIndex } from './helpers.ts';

describe('the candidate prior', () => {
  it('weighs a rare word above a common one', () => {
    expect(idf(7, 22_000)).toBeGreaterThan(idf(4000, 22_000));
    expect(idf(1, 22_000)).toBeCloseTo(1, 1);
  });

  it('bounds the record files a query fetches', () => {
    const meta = { ...seedIndex().meta, chunkSize: 1 };
    const ids = Array.from({ length: 100 }, (_, i) => i);
    expect(withinBudget(ids, meta, 10)).toHaveLength(10);
    expect(withinBudget(ids, meta, 1000).length).toBeLessThan(100);
    expect(withinBudget([5, 5, 5], meta, 10)).toEqual([5, 5, 5]);
  });
});
