import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  parseQuery,
  readResultsPage,
  readSearchState,
  resultsPageQuery,
  searchStateQuery,
} from '../../../src/search/query.ts';
import { fuseQuery } from '../../../src/search/fuse-query.ts';

describe('parseQuery', () => {
  it('reads loose words as fuzzy terms, without stopwords', () => {
    const q = parseQuery('Two to Tango');
    expect(q.phrases).toEqual([]);
    expect(q.terms).toEqual([
      { token: 'two', exact: false },
      { token: 'tango', exact: false },
    ]);
    expect(q.words).toEqual(['two', 'to', 'tango']);
  });

  it('reads a quoted phrase, straight or curly, as an exact phrase', () => {
    for (const text of ['"two to tango"', '“two to tango”']) {
      const q = parseQuery(text);
      expect(q.phrases).toEqual([['two', 'to', 'tango']]);
      expect(q.terms).toEqual([
        { token: 'two', exact: true },
        { token: 'tango', exact: true },
      ]);
    }
  });

  it('mixes phrases and words; an unclosed quote runs to the end', () => {
    const q = parseQuery('Trump "two to tan');
    expect(q.phrases).toEqual([['two', 'to', 'tan']]);
    expect(q.terms.map((t) => `${t.token}:${t.exact}`)).toEqual([
      'two:true',
      'tan:true',
      'trump:false',
    ]);
  });

  it('keeps a one-word quote as an exact word, and stopword-only queries', () => {
    expect(parseQuery('"Donbas"').terms).toEqual([{ token: 'donbas', exact: true }]);
    expect(parseQuery('to be').terms.map((t) => t.token)).toEqual(['to', 'be']);
    expect(parseQuery('  ').terms).toEqual([]);
  });

  it('builds the Fuse extended-search query', () => {
    expect(fuseQuery(parseQuery('"two to tango" Trump'))).toBe(`'"two to tango" | trump`);
    expect(fuseQuery(parseQuery('Witkov'))).toBe('witkov');
  });
});

describe('search state in the address', () => {
  it('round-trips, leaving defaults out', () => {
    const state = { ...EMPTY_STATE, q: 'two to tango', type: 'quotes' as const };
    expect(searchStateQuery(state)).toBe('?q=two+to+tango&type=quotes');
    expect(readSearchState('?q=two+to+tango&type=quotes')).toEqual(state);
    expect(searchStateQuery(EMPTY_STATE)).toBe('');
  });

  it('ignores unknown types and malformed dates', () => {
    const state = readSearchState(
      '?q=x&type=bogus&from=yesterday&to=2025-12-31&speaker=Donald+Trump',
    );
    expect(state).toEqual({
      ...EMPTY_STATE,
      q: 'x',
      to: '2025-12-31',
      speaker: 'Donald Trump',
    });
  });
});

describe('results page in the address', () => {
  it.each([
    ['?q=Blair&page=3', { page: 3, per: 20 }],
    ['?q=Blair&page=2&per=10', { page: 2, per: 10 }],
    ['?q=Blair', { page: 1, per: 20 }],
    ['?q=Blair&page=0&per=1000', { page: 1, per: 20 }],
    ['?q=Blair&page=two&per=2.5', { page: 1, per: 20 }],
  ])('reads %s as %j', (search, expected) => {
    expect(readResultsPage(search)).toEqual(expected);
  });

  it('writes page and size after the search, leaving the defaults out', () => {
    const state = { ...EMPTY_STATE, q: 'interest rates' };
    expect(resultsPageQuery(state, { page: 2, per: 20 })).toBe('?q=interest+rates&page=2');
    expect(resultsPageQuery(state, { page: 1, per: 20 })).toBe('?q=interest+rates');
    expect(resultsPageQuery(state, { page: 3, per: 10 })).toBe('?q=interest+rates&page=3&per=10');
    const back = readResultsPage(resultsPageQuery(state, { page: 4, per: 50 }));
    expect(back).toEqual({ page: 4, per: 50 });
  });
});
