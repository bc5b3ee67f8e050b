// The lists of the sentence passes (`passes/index.ts`), in the order they are tried.
import { describe, expect, it } from 'vitest';
import {
  AFTER,
  FIRST_BEFORE,
  NEAREST_BEFORE,
  WITHOUT_CUE,
} from '../../../../src/pipeline/quotes/passes/index.ts';

describe('the sentence passes', () => {
  it('are each listed once', () => {
    const all = [...NEAREST_BEFORE, ...FIRST_BEFORE, ...AFTER, ...WITHOUT_CUE];
    expect(new Set(all).size).toBe(all.length);
  });
});
