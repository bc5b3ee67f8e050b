/**
 * Conservation over real corpora: the seeds (`content/`) and, where present, the BBC and PolNeAR
 * data in `../shared/data` (skipped elsewhere).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/corpus/build-corpus.ts';
import { decode } from '../../../src/pipeline/decode.ts';
import { normalizeText } from '../../../src/pipeline/normalize.ts';
import { SEED_DIR } from '../seeds.ts';
import { SHARED_DATA } from '../shared-data/shared-data.ts';
import { missingCharacters } from './conservation.ts';

/** Files of `dir` whose entries lose characters, with what they lose. */
function losses(dir: string): { files: number; lossy: Array<[string, Array<[string, number]>]> } {
  const inputs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ rel: f, bytes: new Uint8Array(readFileSync(path.join(dir, f))) }));
  const corpus = buildCorpus(inputs);
  const byFile = Map.groupBy(corpus.entries, (e) => e.file);
  const lossy: Array<[string, Array<[string, number]>]> = [];
  for (const input of inputs) {
    const entries = byFile.get(input.rel);
    if (!entries) continue;
    const text = normalizeText(decode(input.bytes).text).text;
    const missing = missingCharacters(text, entries);
    if (missing.length > 0) lossy.push([input.rel, missing]);
  }
  return { files: inputs.length, lossy };
}

const corpora: Array<[string, string]> = [
  ['seeds', SEED_DIR],
  ['bbc', path.join(SHARED_DATA, 'bbc')],
  ['polnear-train', path.join(SHARED_DATA, 'polnear-train', 'articles')],
  ['polnear-dev', path.join(SHARED_DATA, 'polnear-dev', 'articles')],
  ['polnear-dev-noisy', path.join(SHARED_DATA, 'polnear-dev-noisy', 'articles')],
];

for (const [name, dir] of corpora) {
  describe.runIf(existsSync(dir))(`conservation over ${name}`, () => {
    it('accounts for every non-whitespace character of every file', () => {
      const { files, lossy } = losses(dir);
      expect(files).toBeGreaterThan(0);
      expect(lossy.slice(0, 5)).toEqual([]);
    });
  });
}
