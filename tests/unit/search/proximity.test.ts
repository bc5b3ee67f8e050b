import { describe, expect, it } from 'vitest';
import { recordTerms } from '../../../src/search/build.ts';
import { agreement, neighbours, pairsShared } from '../../../src/search/proximity.ts';
import { tokens } from '../../../src/search/text.ts';

describe('word order shared with the query', () => {
  it('counts the neighbours a query word shares with a record', () => {
    const text = 'Putin arrived in New Delhi on Thursday, where he was entertained by Modi.';
    const near = recordTerms({ t: 'p', a: 0, b: 'p2', x: text }).get('entertained') ?? '';
    expect(agreement(near, neighbours('entertained', tokens('he was entertained by')))).toBe(2);
    expect(agreement(near, neighbours('entertained', tokens('was entertained')))).toBe(1);
    expect(agreement(near, neighbours('entertained', tokens('entertained')))).toBe(0);
  });

  it('counts the pairs of neighbouring query words a text holds, stopwords included', () => {
    const text = tokens('How to make sure that legal aid is not abused, said Tony Blair.');
    expect(pairsShared(text, tokens('Tony Blair make sure'))).toBe(2);
    expect(pairsShared(text, tokens('make sure that legal aid'))).toBe(4);
    expect(pairsShared(text, tokens('legal sure'))).toBe(0);
  });
});
