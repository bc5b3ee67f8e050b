/**
 * `npm run bench:mojibake` — what the mojibake repair adds to the text pipeline: its time per
 * article over the BBC corpus (no mojibake: the cost every clean file pays) and PolNeAR train (a
 * few repairs), and over the BBC corpus turned into mojibake (every accented character, pound
 * sign and curly quote read as Windows-1252: the worst case), best of three runs each; and what
 * loading ftfy-js costs, once per process that meets mojibake. Needs the test data in ../shared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { decode } from '../../src/pipeline/decode.ts';
import { hasSharedData, SHARED_DATA } from '../unit/shared-data/shared-data.ts';

if (!hasSharedData) {
  console.error(`bench:mojibake needs the shared test data at ${SHARED_DATA}`);
  process.exit(2);
}

// The module, then ftfy-js, which it loads the first time a line looks like mojibake.
const t0 = performance.now();
const { repairMojibake } = await import('../../src/pipeline/repair-mojibake.ts');
repairMojibake('FranÃ§ois');
const loadMs = performance.now() - t0;

function texts(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => decode(new Uint8Array(readFileSync(path.join(dir, f)))).text);
}

const windows1252 = new TextDecoder('windows-1252');
const bbc = texts(path.join(SHARED_DATA, 'bbc'));
const corpora: Array<[string, string[]]> = [
  ['BBC', bbc],
  ['PolNeAR train', texts(path.join(SHARED_DATA, 'polnear-train', 'articles'))],
  ['BBC as mojibake', bbc.map((t) => windows1252.decode(new TextEncoder().encode(t)))],
];

console.log(
  `loading repair-mojibake and ftfy-js: ${loadMs.toFixed(0)} ms, once per process that meets mojibake`,
);
for (const [name, corpus] of corpora) {
  let best = Infinity;
  let repairs = 0;
  for (let run = 0; run < 3; run++) {
    repairs = 0;
    const start = performance.now();
    for (const text of corpus) repairs += repairMojibake(text).repairs.length;
    best = Math.min(best, performance.now() - start);
  }
  console.log(
    `${name}: ${corpus.length} articles, ${repairs} repairs, ${((best / corpus.length) * 1000).toFixed(1)} µs per article (${best.toFixed(0)} ms in all)`,
  );
}

// The worst case must also come back whole: every article of the mojibake BBC as published.
const back = corpora[2]![1].filter((t, i) => repairMojibake(t).text === bbc[i]).length;
console.log(`BBC as mojibake, repaired back to the original text: ${back} of ${bbc.length}`);
