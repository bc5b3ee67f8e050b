import { describe, expect, it } from 'vitest';
import {
  describeShown,
  matchesQuoteFilter,
  quoteFilterSearch,
  readQuoteFilter,
} from '../../../src/site/quote-filter.ts';

const choices = {
  speakers: new Set(['', 'donald-trump', 'unattributed']),
  outlets: new Set(['', 'cnn', 'unknown']),
};

describe('readQuoteFilter', () => {
  it('reads speaker and outlet from the query', () => {
    expect(readQuoteFilter('?speaker=donald-trump&outlet=cnn', choices)).toEqual({
      speaker: 'donald-trump',
      outlet: 'cnn',
    });
    expect(readQuoteFilter('', choices)).toEqual({ speaker: '', outlet: '' });
  });

  it('reads unknown values as “all”', () => {
    expect(readQuoteFilter('?speaker=nobody&outlet=%3Cscript%3E', choices)).toEqual({
      speaker: '',
      outlet: '',
    });
  });
});

describe('quoteFilterSearch', () => {
  it('writes only what is filtered, keeping other parameters', () => {
    expect(quoteFilterSearch({ speaker: 'donald-trump', outlet: '' })).toBe(
      '?speaker=donald-trump',
    );
    expect(quoteFilterSearch({ speaker: '', outlet: 'cnn' }, '?speaker=x&lang=en')).toBe(
      '?lang=en&outlet=cnn',
    );
    expect(quoteFilterSearch({ speaker: '', outlet: '' }, '?speaker=x')).toBe('');
  });

  it('round-trips through readQuoteFilter', () => {
    const filter = { speaker: 'unattributed', outlet: 'unknown' };
    expect(readQuoteFilter(quoteFilterSearch(filter), choices)).toEqual(filter);
  });
});

describe('matchesQuoteFilter', () => {
  const item = { speaker: 'donald-trump', outlet: 'cnn' };
  it('matches on each set part of the filter', () => {
    expect(matchesQuoteFilter(item, { speaker: '', outlet: '' })).toBe(true);
    expect(matchesQuoteFilter(item, { speaker: 'donald-trump', outlet: '' })).toBe(true);
    expect(matchesQuoteFilter(item, { speaker: 'donald-trump', outlet: 'unknown' })).toBe(false);
    expect(matchesQuoteFilter(item, { speaker: 'unattributed', outlet: 'cnn' })).toBe(false);
  });
});

describe('describeShown', () => {
  it('says how many quotes are shown', () => {
    expect(describeShown(14, 14)).toBe('Showing all 14 quotes');
    expect(describeShown(3, 14)).toBe('Showing 3 of 14 quotes');
    expect(describeShown(0, 14)).toBe('Showing 0 of 14 quotes');
    expect(describeShown(1, 1)).toBe('Showing the only quote');
    expect(describeShown(0, 0)).toBe('No quotes');
  });
});
