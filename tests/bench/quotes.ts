/**
 * `npm run bench:quotes` — quote extraction figures: time per article over the BBC corpus, and
 * the shared scorer's quote/speaker figures on PolNeAR (train, dev, dev-noisy). Needs the test
 * data in ../shared (it is not part of the project) and python3 for the scorer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCorpus } from '../../src/corpus/build-corpus.ts';
import { extractQuotes } from '../../src/pipeline/quotes/extract-quotes.ts';

const DATA = path.resolve(import.meta.dirname, '../../../shared/data');
const SCORER = path.resolve(DATA, '../tools/score-corpus.py');
if (!existsSync(DATA)) {
  console.error(`bench:quotes needs the shared test data at ${DATA}`);
  process.exit(2);
}

function corpusOf(dir: string) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  return buildCorpus(
    files.map((f) => ({ rel: f, bytes: new Uint8Array(readFileSync(path.join(dir, f))) })),
  );
}

// 1. Extraction cost over the BBC corpus (2,225 articles), best of three runs.
const bbc = corpusOf(path.join(DATA, 'bbc'));
let best = Infinity;
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  for (const e of bbc.entries) extractQuotes(e.id, e.blocks);
  best = Math.min(best, performance.now() - t0);
}
const quotes = bbc.entries.reduce((n, e) => n + e.quotes.length, 0);
console.log(
  `BBC: ${bbc.entries.length} articles, ${quotes} quotes, extraction ${(best / bbc.entries.length).toFixed(3)} ms per article`,
);

// 2. Scores on PolNeAR.
console.log('\nsplit               quote P/R/F1            named speaker  attributed P/R/F1');
for (const split of ['polnear-train', 'polnear-dev', 'polnear-dev-noisy']) {
  const corpus = corpusOf(path.join(DATA, split, 'articles'));
  const pred = path.join(mkdtempSync(path.join(tmpdir(), 'clippings-bench-')), 'pred.jsonl');
  writeFileSync(pred, corpus.entries.map((e) => JSON.stringify(e)).join('\n'));
  const out = execFileSync('python3', [
    SCORER,
    'score',
    '--json',
    '--gold',
    path.join(DATA, split, 'gold.jsonl'),
    '--pred',
    pred,
  ]);
  const r = JSON.parse(out.toString()) as Record<
    string,
    { p: number; r: number; f1: number; rate: number }
  >;
  const q = r['quotes']!;
  const a = r['attributed_quotes_named']!;
  console.log(
    `${split.padEnd(19)} ${q.p.toFixed(3)} ${q.r.toFixed(3)} ${q.f1.toFixed(3)}     ${r['speaker_named']!.rate.toFixed(3)}          ${a.p.toFixed(3)} ${a.r.toFixed(3)} ${a.f1.toFixed(3)}`,
  );
}
