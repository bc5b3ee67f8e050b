/** The page cache's summary line (`writtenSummary`): the build's one count of what it wrote. */
import { describe, expect, it } from 'vitest';
import { writtenSummary } from '../../../src/page-cache/integration.ts';

const site = [
  'index.html',
  '404.html',
  'articles/business/001/index.html',
  'articles/business/002/index.html',
  'raw/business/001.txt',
  'data/articles.jsonl',
  'rss.xml',
];

describe('writtenSummary', () => {
  it.each([
    [
      { reused: 0, cached: 5 },
      1200,
      '4 pages and 3 other files (raw text, data, feeds, images) in 1.2 s: 7 made, 0 of 5 reused from the last build',
    ],
    [
      { reused: 5, cached: 5 },
      300,
      '4 pages and 3 other files (raw text, data, feeds, images) in 0.3 s: 2 made, 5 of 5 reused from the last build',
    ],
  ])('counts pages and files apart, once (%o)', (reuse, ms, line) => {
    expect(writtenSummary(site, reuse, ms)).toBe(line);
  });

  it('writes thousands with separators', () => {
    const many = Array.from({ length: 22_634 }, (_, i) => `articles/${i}/index.html`);
    expect(writtenSummary(many, { reused: 0, cached: 22_000 }, 1)).toMatch(
      /^22,634 pages and 0 other files .*: 22,634 made, 0 of 22,000 reused/,
    );
  });
});
