import { describe, expect, it } from 'vitest';
import { QUOTE_COLUMNS } from '../../../src/publish/feeds.ts';
import { EMPTY_STATE } from '../../../src/search/query.ts';
import {
  EXPORT_COLUMNS,
  exportCsv,
  exportFileName,
  exportJsonl,
  exportRow,
} from '../../../src/search/export.ts';
import { seedEngine, seedIndex } from './helpers.ts';

const url = (path: string): string => `https://example.org${path}`;

const rowsOf = async (q: string) => {
  const { hits, total } = await seedEngine().search({ ...EMPTY_STATE, q }, 1000);
  return { hits, total, rows: hits.map((h) => exportRow(h, url)) };
};

describe('search result export', () => {
  it('has the columns of /data/quotes.csv', () => {
    expect([...EXPORT_COLUMNS]).toEqual([...QUOTE_COLUMNS]);
  });

  it.each(['two to tango', 'Witkoff', 'Donbas'])(
    'writes every result of %j as a row, with the whole text matched',
    async (q) => {
      const { hits, total, rows } = await rowsOf(q);
      expect(rows).toHaveLength(total);
      const records = seedIndex().chunks.flat();
      for (const row of rows) {
        expect(row.url).toMatch(/^https:\/\/example\.org\/(quotes|articles)\//);
        if (row.quote_id) {
          // A quote's text is the whole quote as indexed, never the shortened snippet.
          const record = records.find((r) => r.t === 'q' && r.id === row.quote_id);
          expect(record && record.t === 'q' ? record.x : null).toBe(row.text);
          expect(row.url).toBe(`https://example.org/quotes/${row.quote_id}/`);
        }
      }
      const lines = exportJsonl(rows).trimEnd().split('\n');
      const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(parsed.map((p) => Object.keys(p))).toEqual(hits.map(() => [...EXPORT_COLUMNS]));
      expect(parsed.map((p) => p.article_id)).toEqual(hits.map((h) => h.articleId));
      const csv = exportCsv(rows);
      expect(csv.startsWith(`${EXPORT_COLUMNS.join(',')}\r\n`)).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
    },
  );

  it.each([
    ['=HYPERLINK("http://example.com")', `"'=HYPERLINK(""http://example.com"")"`],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['“It takes two to tango,” he said', '"“It takes two to tango,” he said"'],
  ])('writes the text %j as the characters it is: %s', async (text, cell) => {
    const { hits } = await rowsOf('two to tango');
    const hit = hits[0];
    if (!hit) throw new Error('no hit');
    const row = exportRow({ ...hit, text }, url);
    expect(exportCsv([row]).split('\r\n')[1]?.endsWith(`,${cell},,`)).toBe(true);
    expect(JSON.parse(exportJsonl([row])).text).toBe(text);
  });

  it.each([
    ['interest rates', 'clippings-search-interest-rates.csv'],
    ['"two to tango" Trump', 'clippings-search-two-to-tango-trump.csv'],
    ['Zelenskyy’s', 'clippings-search-zelenskyy-s.csv'],
    ['«»', 'clippings-search.csv'],
  ])('names the file for %j %s', (q, name) => {
    expect(exportFileName(q, 'csv')).toBe(name);
  });
});
