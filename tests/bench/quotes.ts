/**
 * `npm run bench:quotes` — quote extraction figures: time per article over the BBC corpus, the
 * shared scorer's quote/speaker figures on the gold sets (PolNeAR train, dev, dev-noisy and the
 * hand-made bbc-quotes), and the garbled speaker names (`speaker-shape.ts`) on the gold sets and
 * on all BBC articles, and each pass of the attribution sieve's precision and coverage on the gold
 * sets. Needs the test data in ../shared (not part of the project) and python3.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Corpus } from '../../src/corpus/build-corpus.ts';
import { extractQuotes } from '../../src/pipeline/quotes/extract-quotes.ts';
import { SIEVE } from '../../src/pipeline/quotes/sieve.ts';
import { garbleOf } from '../../src/pipeline/quotes/speaker-shape.ts';
import {
  corpusOf,
  goldSet,
  hasSharedData,
  QUOTE_SETS,
  scorePrediction,
  SHARED_DATA,
  writePrediction,
} from '../unit/shared-data/shared-data.ts';

if (!hasSharedData) {
  console.error(`bench:quotes needs the shared test data at ${SHARED_DATA}`);
  process.exit(2);
}

/** The distinct garbled speaker names of a corpus, with why and how many quotes carry each. */
function garbled(corpus: Corpus): Map<string, { why: string; n: number }> {
  const out = new Map<string, { why: string; n: number }>();
  for (const e of corpus.entries)
    for (const q of e.quotes) {
      const name = q.speakerName;
      const why = name ? garbleOf(name) : null;
      if (!name || !why) continue;
      const seen = out.get(name) ?? { why, n: 0 };
      seen.n++;
      out.set(name, seen);
    }
  return out;
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

// 2. Scores on the gold sets, and their garbled speakers.
console.log(
  '\nset                 quote P/R/F1            named speaker  attributed P/R/F1     garbled',
);
const sets = QUOTE_SETS.map((split) => ({ split, ...goldSet(split) }));
const named = new Map<string, number>();
for (const { split, corpus, gold } of sets) {
  const r = scorePrediction(writePrediction(corpus), gold);
  named.set(split, r['speaker_named']!.n ?? 0);
  const q = r['quotes']!;
  const a = r['attributed_quotes_named']!;
  const g = garbled(corpus);
  console.log(
    `${split.padEnd(19)} ${q.p.toFixed(3)} ${q.r.toFixed(3)} ${q.f1.toFixed(3)}     ${(r['speaker_named']!.rate ?? 0).toFixed(3)}          ${a.p.toFixed(3)} ${a.r.toFixed(3)} ${a.f1.toFixed(3)}     ${g.size}`,
  );
}

// 3. Each pass of the sieve: of the gold quotes with a named speaker that the pass attributed,
// how many it got right (precision), and what share of all of them it attributed (coverage).
// The prediction keeps only the pass's quotes, so a quote of another pass cannot match instead.
console.log(
  '\nper pass: precision (named speaker right) / coverage (share of matched named quotes)',
);
console.log(`${'pass'.padEnd(20)}${QUOTE_SETS.map((s) => s.padEnd(24)).join('')}`);
const weak: string[] = [];
for (const rule of SIEVE) {
  const cells = sets.map(({ split, corpus, gold }) => {
    const only = {
      ...corpus,
      entries: corpus.entries.map((e) => ({
        ...e,
        quotes: e.quotes.filter((q) => q.rule === rule),
      })),
    };
    if (!only.entries.some((e) => e.quotes.length)) return '-'.padEnd(24);
    const f = scorePrediction(writePrediction(only), gold)['speaker_named']!;
    if (!f.n) return '-'.padEnd(24);
    if ((f.rate ?? 0) < 0.85) weak.push(`${rule} (${split} ${f.correct}/${f.n})`);
    const coverage = (f.n ?? 0) / (named.get(split) || 1);
    return `${(f.rate ?? 0).toFixed(3)} / ${coverage.toFixed(3)} (${f.n})`.padEnd(24);
  });
  console.log(`${rule.padEnd(20)}${cells.join('')}`);
}
console.log(`passes under 0.85 precision: ${weak.join(', ') || 'none'}`);

// 4. Garbled speaker names on all BBC articles, each with its reason.
const all = garbled(bbc);
console.log(`\nBBC garbled speaker names: ${all.size}`);
for (const [name, { why, n }] of [...all].sort((a, b) => a[1].why.localeCompare(b[1].why)))
  console.log(`  ${why.padEnd(16)} ${String(n).padStart(3)}  ${name}`);
