import { describe, expect, it } from 'vitest';
import {
  compareNames,
  indexPagePath,
  letterJumps,
  letterStarts,
  nameInitial,
  pagerOf,
} from '../../../src/site/index-pages.ts';

// Speaker names as the BBC corpus writes them, case and accents included.
const NAMES = [
  '50 Cent',
  'a BAA spokesman',
  'Alan Milburn',
  'Arsène Wenger',
  'Charles Kennedy',
  'Élysée spokeswoman',
  'Gordon Brown',
  'Michael Howard',
  'Tony Blair',
].sort(compareNames);

describe('indexPagePath', () => {
  it.each([
    ['/speakers/', 1, '/speakers/'],
    ['/speakers/', 2, '/speakers/2/'],
    ['/quotes', 12, '/quotes/12/'],
  ])('%s page %i is %s', (list, n, path) => {
    expect(indexPagePath(list, n)).toBe(path);
  });
});

describe('nameInitial', () => {
  it.each([
    ['Tony Blair', 'T'],
    ['a BAA spokesman', 'A'],
    ['Élysée spokeswoman', 'E'],
    ['50 Cent', '#'],
    ['“Deep Throat”', '#'],
  ])('%s is filed under %s', (name, letter) => {
    expect(nameInitial(name)).toBe(letter);
  });
});

describe('compareNames', () => {
  it('sorts without regard to case or accents, digits first', () => {
    expect(NAMES).toEqual([
      '50 Cent',
      'a BAA spokesman',
      'Alan Milburn',
      'Arsène Wenger',
      'Charles Kennedy',
      'Élysée spokeswoman',
      'Gordon Brown',
      'Michael Howard',
      'Tony Blair',
    ]);
  });
});

describe('letterJumps', () => {
  it('gives each letter the page it starts on', () => {
    expect(letterJumps(NAMES, 3)).toEqual([
      { letter: '#', page: 1, anchor: 'letter-other' },
      { letter: 'A', page: 1, anchor: 'letter-a' },
      { letter: 'C', page: 2, anchor: 'letter-c' },
      { letter: 'E', page: 2, anchor: 'letter-e' },
      { letter: 'G', page: 3, anchor: 'letter-g' },
      { letter: 'M', page: 3, anchor: 'letter-m' },
      { letter: 'T', page: 3, anchor: 'letter-t' },
    ]);
  });

  it('has no jumps for an empty list', () => {
    expect(letterJumps([], 3)).toEqual([]);
  });
});

describe('letterStarts', () => {
  it('anchors the first name of each letter on the page, and only it', () => {
    // Page 2 of 3 names a page: Arsène Wenger continues the A of page 1.
    expect(letterStarts(NAMES, NAMES.slice(3, 6), 3)).toEqual([null, 'letter-c', 'letter-e']);
    expect(letterStarts(NAMES, NAMES.slice(0, 3), 0)).toEqual(['letter-other', 'letter-a', null]);
  });
});

describe('pagerOf', () => {
  const middle = {
    currentPage: 2,
    lastPage: 3,
    url: { prev: '/speakers/', next: '/speakers/3/', first: '/speakers/', last: '/speakers/3/' },
  };
  it.each([
    [undefined, 'Previous', 'Next'],
    [{ prevLabel: 'Newer', nextLabel: 'Older' }, 'Newer', 'Older'],
  ])('gives the pager the links of the page and its labels (%o)', (labels, prev, next) => {
    expect(pagerOf(middle, labels)).toEqual({
      currentPage: 2,
      lastPage: 3,
      prev: '/speakers/',
      next: '/speakers/3/',
      first: '/speakers/',
      last: '/speakers/3/',
      prevLabel: prev,
      nextLabel: next,
    });
  });
});
