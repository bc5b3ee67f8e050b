import { describe, expect, it } from 'vitest';
import { countCorpus, reportRows, sortFileReports } from '../../../src/site/corpus-report.ts';

describe('countCorpus', () => {
  it('totals files, statuses, entries, warnings and removals', () => {
    const counts = countCorpus([
      { file: 'a.txt', status: 'ok', entries: ['a'], warnings: [], removedCount: 2 },
      {
        file: 'b.txt',
        status: 'warning',
        entries: ['b', 'b-part-2'],
        warnings: ['x', 'y'],
        removedCount: 1,
      },
      { file: 'c.bin', status: 'skipped', entries: [], warnings: [], removedCount: 0 },
    ]);
    expect(counts).toEqual({
      files: 3,
      read: 2,
      skipped: 1,
      withWarnings: 1,
      warnings: 2,
      entries: 3,
      removed: 3,
    });
  });
});

describe('sortFileReports', () => {
  it('sorts by path in code-point order', () => {
    const sorted = sortFileReports([
      { data: { file: 'b.txt' } },
      { data: { file: 'B.txt' } },
      { data: { file: 'a/z.txt' } },
    ]);
    expect(sorted.map((f) => f.data.file)).toEqual(['B.txt', 'a/z.txt', 'b.txt']);
  });
});

describe('reportRows', () => {
  it('gives each file, by path, its article titles, raw-text key and warnings once', () => {
    const rows = reportRows(
      [
        {
          file: 'politics/003.txt',
          status: 'warning',
          bytes: 2048,
          reason: null,
          entries: ['politics/003', 'politics/003-part-2'],
          warnings: [
            'not valid UTF-8; read as Windows-1252',
            'not valid UTF-8; read as Windows-1252',
          ],
          removedCount: 4,
        },
        {
          file: '.DS_Store',
          status: 'skipped',
          bytes: 6148,
          reason: 'hidden file',
          entries: [],
          warnings: [],
          removedCount: 0,
        },
      ],
      new Map([['politics/003', 'Blair rejects Tory tax claims']]),
      new Map([['politics/003.txt', 'politics/003']]),
    );
    expect(rows.map((r) => r.file)).toEqual(['.DS_Store', 'politics/003.txt']);
    expect(rows[0]).toMatchObject({ rawKey: null, entries: [], reason: 'hidden file' });
    expect(rows[1]).toMatchObject({
      rawKey: 'politics/003',
      entries: [
        { id: 'politics/003', title: 'Blair rejects Tory tax claims' },
        { id: 'politics/003-part-2', title: 'politics/003-part-2' },
      ],
      warnings: ['not valid UTF-8; read as Windows-1252'],
    });
  });
});
