import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatMonth, formatNameList } from '../../../src/site/format.ts';

describe('formatDate', () => {
  it('writes an ISO date in words, without a leading zero', () => {
    expect(formatDate('2025-12-04')).toBe('4 December 2025');
    expect(formatDate('1999-01-31')).toBe('31 January 1999');
  });

  it('returns anything else unchanged', () => {
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
    expect(formatDate('yesterday')).toBe('yesterday');
  });
});

describe('formatMonth', () => {
  it('writes a month in words', () => {
    expect(formatMonth('2025-12')).toBe('December 2025');
    expect(formatMonth('2025-00')).toBe('2025-00');
  });
});

describe('formatNameList', () => {
  it('joins names as an English list', () => {
    expect(formatNameList([])).toBe('');
    expect(formatNameList(['A'])).toBe('A');
    expect(formatNameList(['A', 'B'])).toBe('A and B');
    expect(formatNameList(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('formatCount', () => {
  it('chooses singular or plural', () => {
    expect(formatCount(1, 'file')).toBe('1 file');
    expect(formatCount(0, 'file')).toBe('0 files');
    expect(formatCount(2, 'piece removed', 'pieces removed')).toBe('2 pieces removed');
  });
});
