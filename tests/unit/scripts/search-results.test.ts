import { describe, expect, it } from 'vitest';
import type { SearchOutcome } from '../../../src/search/engine.ts';
import { describeOutcome, pageCount } from '../../../src/scripts/search-results.ts';

/** An outcome of `shown` hits (their content does not matter to the wording). */
const outcome = (total: number, complete: boolean, shown: number): SearchOutcome => ({
  total,
  complete,
  hits: Array.from({ length: shown }, () => ({}) as SearchOutcome['hits'][number]),
});

describe('the count in words', () => {
  it.each([
    [outcome(0, true, 0), 1, 'No results for “Witkov”.'],
    [outcome(1, true, 1), 1, '1 result for “Witkov”.'],
    [outcome(17, true, 17), 1, '17 results for “Witkov”.'],
    [outcome(442, true, 20), 1, '442 results for “Witkov”; showing 1–20.'],
    [outcome(442, true, 20), 3, '442 results for “Witkov”; showing 41–60.'],
    [outcome(442, true, 2), 23, '442 results for “Witkov”; showing 441–442.'],
    [outcome(40, false, 20), 1, 'At least 40 results for “Witkov”; showing 1–20.'],
    // A lower bound below what is shown already says at least what is shown.
    [outcome(12, false, 20), 2, 'At least 40 results for “Witkov”; showing 21–40.'],
    [outcome(442, true, 0), 30, '442 results for “Witkov”; page 30 has none.'],
  ])('says %j on page %i as %s', (o, page, text) => {
    expect(describeOutcome(o, 'Witkov', { page, per: 20 })).toBe(text);
  });

  it('counts pages only when the count is exact', () => {
    expect(pageCount(outcome(442, true, 20), 20)).toBe(23);
    expect(pageCount(outcome(0, true, 0), 20)).toBe(1);
    expect(pageCount(outcome(40, false, 20), 20)).toBeNull();
  });
});
