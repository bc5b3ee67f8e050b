/**
 * `npm run bench:quotes` — quote extraction figures: time per article over the BBC corpus, and
 * the shared scorer's quote/speaker figures on PolNeAR (train, dev, dev-noisy). Needs the test
 * data in ../shared (it is not part of the project) and python3 for the scorer.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractQuotes } from '../../src/pipeline/quotes/extract-quotes.ts';
import {
  corpusOf,
  hasSharedData,
  scoreSplit,
  SHARED_DATA,
} from '../unit/shared-data/shared-data.ts';

if (!hasSharedData) {
  console.error(`bench:quotes needs the shared test data at ${SHARED_DATA}`);
  process.exit(2);
}

// 1. Extraction cost over the BBC corpus (2,225 articles), best of three runs.
const bbc = corpusOf(path.join(SHARED_DATA, 'bbc'));
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
  const r = scoreSplit(split);
  const q = r['quotes']!;
  const a = r['attributed_quotes_named']!;
  console.log(
    `${split.padEnd(19)} ${q.p.toFixed(3)} ${q.r.toFixed(3)} ${q.f1.toFixed(3)}     ${(r['speaker_named']!.rate ?? 0).toFixed(3)}          ${a.p.toFixed(3)} ${a.r.toFixed(3)} ${a.f1.toFixed(3)}`,
  );
}
