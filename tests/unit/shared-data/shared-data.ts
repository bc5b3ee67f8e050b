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

/** Builds the corpus from a folder of `.txt` files, or from the named files of the folder. */
export function corpusOf(dir: string, names?: readonly string[]): Corpus {
  return buildCorpus(
    (
      names ??
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    ).map((f) => ({
      rel: f,
      bytes: new Uint8Array(readFileSync(path.join(dir, f))),
    })),
  );
}

/**
 * The gold sets of quotes and speakers: the PolNeAR splits, the hand-made BBC quotes, and the
 * project's own held-out sets (`tests/fixtures/blind-quotes-N`, each written by someone who never
 * read the attribution code; scored with the shared scorer, so they too need `../shared`).
 */
export const QUOTE_SETS = [
  'polnear-train',
  'polnear-dev',
  'polnear-dev-noisy',
  'bbc-quotes',
  'blind-quotes-1',
  'blind-quotes-2',
  'blind-quotes-3',
  'blind-quotes-4',
];

/** Gold sets kept in the project (original text, free to commit) rather than in `../shared`. */
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/** The corpus a gold set is about and its gold file (bbc-quotes lists its files in ../bbc). */
export function goldSet(split: string): { corpus: Corpus; gold: string } {
  const own = path.join(FIXTURES, split);
  if (existsSync(path.join(own, 'gold.jsonl'))) {
    return { corpus: corpusOf(path.join(own, 'articles')), gold: path.join(own, 'gold.jsonl') };
  }
  const gold = path.join(SHARED_DATA, split, 'gold.jsonl');
  const list = path.join(SHARED_DATA, split, 'files.txt');
  if (existsSync(list)) {
    const names = readFileSync(list, 'utf8').split('\n').filter(Boolean);
    return { corpus: corpusOf(path.join(SHARED_DATA, 'bbc'), names), gold };
  }
  return { corpus: corpusOf(path.join(SHARED_DATA, split, 'articles')), gold };
}

/** Writes a corpus's entries as the scorer's prediction file (JSON Lines); returns its path. */
export function writePrediction(corpus: Corpus): string {
  const pred = path.join(mkdtempSync(path.join(tmpdir(), 'clippings-score-')), 'pred.jsonl');
  writeFileSync(pred, corpus.entries.map((e) => JSON.stringify(e)).join('\n'));
  return pred;
}

/** The shared scorer, `score-corpus.py`. */
export const SCORER = path.resolve(SHARED_DATA, '../tools/score-corpus.py');

/** One figure of the shared scorer's JSON report: a rate, or precision/recall/F1. */
export interface Figure {
  rate: number | null;
  /** How many the rate is of, and how many of them were right. */
  n?: number;
  correct?: number;
  p: number;
  r: number;
  f1: number;
}

/** Parses a gold set's articles and scores them with the shared scorer; returns its JSON report. */
export function scoreSplit(split: string): Record<string, Figure> {
  const { corpus, gold } = goldSet(split);
  return scorePrediction(writePrediction(corpus), gold);
}

/** Scores a prediction file against a gold file with the shared scorer. */
export function scorePrediction(pred: string, gold: string): Record<string, Figure> {
  const out = execFileSync('python3', [SCORER, 'score', '--json', '--gold', gold, '--pred', pred]);
  return JSON.parse(out.toString()) as Record<string, Figure>;
}
