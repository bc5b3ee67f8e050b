import { describe, expect, it } from 'vitest';
import { sortArticles } from '../../../src/corpus/chronology.ts';
import {
  groupArticlesByMonth,
  monthListings,
  rawTextKeysByFile,
  storiesByFile,
} from '../../../src/site/articles.ts';

const a = (id: string, date: string | null, file = `${id}.txt`, part = 1) => ({
  data: { id, date, file, part },
});

describe('sortArticles', () => {
  it('puts the newest first, undated last, and breaks ties by id', () => {
    const sorted = sortArticles([
      a('c', null),
      a('b', '2024-01-02'),
      a('a', null),
      a('z', '2025-06-01'),
      a('y', '2024-01-02'),
    ]);
    expect(sorted.map((x) => x.data.id)).toEqual(['z', 'b', 'y', 'a', 'c']);
  });

  it('treats a malformed date as undated and does not mutate its input', () => {
    const input = [a('b', 'someday'), a('a', '2020-01-01')];
    expect(sortArticles(input).map((x) => x.data.id)).toEqual(['a', 'b']);
    expect(input.map((x) => x.data.id)).toEqual(['b', 'a']);
  });
});

describe('groupArticlesByMonth', () => {
  it('groups consecutive articles by month, undated together', () => {
    const groups = groupArticlesByMonth(
      sortArticles([
        a('x', '2025-12-04'),
        a('y', '2025-12-01'),
        a('z', '2025-11-30'),
        a('u', null),
      ]),
    );
    expect(groups.map((g) => [g.key, g.month, g.items.length])).toEqual([
      ['2025-12', '2025-12', 2],
      ['2025-11', '2025-11', 1],
      ['undated', null, 1],
    ]);
  });

  it('returns no groups for no articles', () => {
    expect(groupArticlesByMonth([])).toEqual([]);
  });
});

describe('monthListings', () => {
  it('links each month to the months before and after it in time; undated has none', () => {
    const months = monthListings(
      sortArticles([
        a('x', '2025-12-04'),
        a('z', '2025-10-30'),
        a('y', '2025-11-01'),
        a('u', null),
      ]),
    );
    expect(months.map((m) => [m.key, m.newer, m.older])).toEqual([
      ['2025-12', null, '2025-11'],
      ['2025-11', '2025-12', '2025-10'],
      ['2025-10', '2025-11', null],
      ['undated', null, null],
    ]);
  });
});

describe('rawTextKeysByFile', () => {
  it('keys each file by the id of its first story, whatever the input order', () => {
    const keys = rawTextKeysByFile([
      a('f-part-2', null, 'f.txt', 2),
      a('f', null, 'f.txt', 1),
      a('g', null, 'sub/g.txt', 1),
    ]);
    expect([...keys]).toEqual([
      ['f.txt', 'f'],
      ['sub/g.txt', 'g'],
    ]);
  });
});

describe('storiesByFile', () => {
  it('returns the stories of each file in part order', () => {
    const byFile = storiesByFile([
      a('f-part-2', null, 'f.txt', 2),
      a('g', null, 'g.txt'),
      a('f', null, 'f.txt', 1),
    ]);
    expect(byFile.get('f.txt')!.map((s) => s.data.id)).toEqual(['f', 'f-part-2']);
    expect(byFile.get('g.txt')!.map((s) => s.data.id)).toEqual(['g']);
  });
});
