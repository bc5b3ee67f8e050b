import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignParagraphs, memoTermsOf, wordCount } from '../../../src/corpus/align-paragraphs.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');
const seedLines = readdirSync(CONTENT)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(path.join(CONTENT, f), 'utf8').split('\n'));

describe('wordCount', () => {
  it('counts what splitting on whitespace counts, on every line of the seeds', () => {
    for (const line of seedLines)
      expect(wordCount(line), line).toBe(line.split(/\s+/).filter(Boolean).length);
  });

  it('treats no-break and other Unicode spaces as spaces', () => {
    expect(wordCount('two\u00a0to\u2009tango ')).toBe(3);
    expect(wordCount('')).toBe(0);
  });
});

describe('alignParagraphs with remembered word sets', () => {
  it('aligns exactly as without them', () => {
    const left = seedLines.filter((l) => l.length > 80).slice(0, 12);
    const right = [...left.slice(3), ...left.slice(0, 2)];
    const termsOf = memoTermsOf();
    expect(alignParagraphs(left, right, termsOf)).toEqual(alignParagraphs(left, right));
    // A second alignment over the same paragraphs reuses the sets.
    expect(alignParagraphs(right, left, termsOf)).toEqual(alignParagraphs(right, left));
  });
});
