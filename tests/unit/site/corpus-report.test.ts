import { describe, expect, it } from 'vitest';
import { countCorpus, sortFileReports } from '../../../src/site/corpus-report.ts';

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
