/**
 * `npm run bench:quotes` — quote extraction figures: time per article over the BBC corpus, the
 * shared scorer's quote/speaker figures on the gold sets (PolNeAR train, dev, dev-noisy and the
 * hand-made bbc-quotes), and the garbled speaker names (`speaker-shape.ts`) on the gold sets and
 * on all BBC articles, and each pass of the attribution sieve's precision and coverage on the gold
 * sets. Needs the test data in ../shared (not part of the project) and python3.
 *
 * Beside the warm best-of-three figure it prints the first-pass figure a build pays: a fresh
 * process (`--first-pass FILE`, FILE the parsed articles as JSON) runs quotes and entities once
 * over every article in corpus order and reports CPU time per article, with the cold start
 * (loading the modules and compromise's lexicon) apart. The parsed articles are handed over, so
 * the child's caches of tagged words start empty: harsher than a build, whose structure plugins
 * have tagged some lines of the article before its quotes are read.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Corpus } from '../../src/corpus/build-corpus.ts';
import type { Entry } from '../../src/schemas/entry.ts';

/** CPU time of this process so far, in ms. */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

// The first-pass child: nothing of the pipeline is loaded before the clock starts.
const childFile = process.argv.indexOf('--first-pass');
if (childFile >= 0) {
  const entries = JSON.parse(readFileSync(process.argv[childFile + 1]!, 'utf8')) as Entry[];
  const t0 = cpuMs();
  const { extractQuotes } = await import('../../src/pipeline/quotes/extract-quotes.ts');
  const { findEntities } = await import('../../src/pipeline/entities/find-entities.ts');
  const coldMs = cpuMs() - t0;
  let quotesMs = 0;
  let entitiesMs = 0;
  for (const e of entries) {
    const t1 = cpuMs();
    extractQuotes(e.id, e.blocks);
    const t2 = cpuMs();
    findEntities(e);
    entitiesMs += cpuMs() - t2;
    quotesMs += t2 - t1;
  }
  const per = (ms: number): string => (ms / entries.length).toFixed(3);
  console.log(
    `first pass (fresh process, each article once, CPU): quotes ${per(quotesMs)} + entities ` +
      `${per(entitiesMs)} = ${per(quotesMs + entitiesMs)} ms per article; cold start ` +
      `${coldMs.toFixed(0)} ms; load ${load()}`,
  );
  process.exit(0);
}

// The rest of the bench, loaded only now so that the first-pass child starts cold.
const { SIEVE } = await import('../../src/pipeline/quotes/sieve.ts');
const { garbleOf } = await import('../../src/pipeline/quotes/speaker-shape.ts');
const {
  corpusOf,
  goldSet,
  hasSharedData,
  QUOTE_SETS,
  scorePrediction,
  SHARED_DATA,
  writePrediction,
} = await import('../unit/shared-data/shared-data.ts');

/**
 * Runs quotes and entities once over the entries in a fresh node process (this file with
 * `--first-pass`, under the same node flags) and returns the line it reports.
 */
function firstPass(entries: readonly Entry[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'clippings-first-pass-')), 'e.json');
  const read = entries.map(({ id, title, dek, blocks }) => ({ id, title, dek, blocks }));
  writeFileSync(file, JSON.stringify(read));
  const self = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, self, '--first-pass', file];
  return execFileSync(process.execPath, args, { encoding: 'utf8' }).trim();
}

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

// 1. Extraction cost over the BBC corpus (2,225 articles): the first pass in a fresh process,
// then the warm best of three runs.
const bbc = corpusOf(path.join(SHARED_DATA, 'bbc'));
const { extractQuotes } = await import('../../src/pipeline/quotes/extract-quotes.ts');
let best = Infinity;
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  for (const e of bbc.entries) extractQuotes(e.id, e.blocks);
  best = Math.min(best, performance.now() - t0);
}
console.log(firstPass(bbc.entries));
const quotes = bbc.entries.reduce((n, e) => n + e.quotes.length, 0);
console.log(
  `BBC: ${bbc.entries.length} articles, ${quotes} quotes, extraction ${(best / bbc.entries.length).toFixed(3)} ms per article (warm, best of three, wall); load ${load()}`,
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
