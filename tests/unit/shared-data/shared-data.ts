/**
 * The third-party test data in `../shared/data` (not part of the project, never committed): the
 * tests that use it run where it exists and are skipped elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
