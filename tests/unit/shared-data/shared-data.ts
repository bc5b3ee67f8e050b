/**
 * The third-party test data in `../shared/data` (not part of the project, never committed): the
 * tests that use it run where it exists and are skipped elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCorpus, type Corpus } from '../../../src/corpus/build-corpus.ts';

export const SHARED_DATA = path.resolve(import.meta.dirname, '../../../../shared/data');
export const hasSharedData = existsSync(path.join(SHARED_DATA, 'bbc'));

/** Builds the corpus from a folder of `.txt` files. */
export function corpusOf(dir: string): Corpus {
  return buildCorpus(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ rel: f, bytes: new Uint8Array(readFileSync(path.join(dir, f))) })),
  );
}

const SCORER = path.resolve(SHARED_DATA, '../tools/score-corpus.py');

/** One figure of the shared scorer's JSON report: a rate, or precision/recall/F1. */
export interface Figure {
  rate: number | null;
  p: number;
  r: number;
  f1: number;
}

/** Parses a PolNeAR split and scores it with the shared scorer; returns its JSON report. */
export function scoreSplit(split: string): Record<string, Figure> {
  const corpus = corpusOf(path.join(SHARED_DATA, split, 'articles'));
  const pred = path.join(mkdtempSync(path.join(tmpdir(), 'clippings-score-')), 'pred.jsonl');
  writeFileSync(pred, corpus.entries.map((e) => JSON.stringify(e)).join('\n'));
  const gold = path.join(SHARED_DATA, split, 'gold.jsonl');
  const out = execFileSync('python3', [SCORER, 'score', '--json', '--gold', gold, '--pred', pred]);
  return JSON.parse(out.toString()) as Record<string, Figure>;
}
