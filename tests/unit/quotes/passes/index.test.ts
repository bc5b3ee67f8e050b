// The sieve of the quote's sentence (`passes/index.ts`): every pass listed once, and every pass
// name of the sentence in `SIEVE` is a pass of the list or refines what one found.
import { describe, expect, it } from 'vitest';
import { SENTENCE_SIEVE } from '../../../../src/pipeline/quotes/passes/index.ts';
import { SIEVE } from '../../../../src/pipeline/quotes/sieve.ts';

/** Names recorded by refining what a cue pass found (`role-appositive.ts`, `quoted-as-saying.ts`). */
const REFINEMENTS = ['role-appositive', 'quoted-as-saying'];

describe('the sentence sieve', () => {
  it('lists each pass function once', () => {
    const passes = SENTENCE_SIEVE.map((step) => step.pass);
    expect(new Set(passes).size).toBe(passes.length);
  });

  it('holds the passes of the sentence named in SIEVE, and no other', () => {
    const sentence = SIEVE.slice(0, SIEVE.indexOf('clause-argument') + 1);
    const listed = new Set([...SENTENCE_SIEVE.map((step) => step.rule), ...REFINEMENTS]);
    expect([...listed].sort()).toEqual([...sentence].sort());
  });
});
