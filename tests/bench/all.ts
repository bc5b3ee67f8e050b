/**
 * `npm run bench [-- sizes…] [--images] [--search <n>] [--pagefind] [--no-search] [--no-build]
 * [--no-lighthouse] [--report-only]`
 *
 * Every benchmark part, one after another, then one report:
 *
 * 1. corpora: the generated corpora of each size (default 2225 and 10000; cached);
 * 2. build: `bench:build` for those sizes (rebuild after one edit from 10,000 up; share images
 *    cold and cached with `--images`);
 * 3. page weight and Lighthouse: `bench:lighthouse` on the 2,225-file corpus;
 * 4. search: `bench:search` on the largest size up to 10,000 (or `--search <n>`).
 *
 * Each part runs in its own process and saves `bench-results/<part>-latest.json`; the report is
 * made from those files (`--report-only` just prints it again), printed, and saved as
 * `bench-results/report-latest.md`. Not part of CI: it takes tens of minutes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildTable,
  pagesTable,
  phaseMemoryTable,
  phasesTable,
  routesTable,
  type SizeResult,
} from './build.ts';
import { BBC, ensureCorpus, hasBbc } from './lib/corpus.ts';
import { LIMITS } from './lib/page-weight.ts';
import {
  count,
  describeMachine,
  kb,
  latestResult,
  mb,
  RESULTS,
  seconds,
  table,
  type Machine,
} from './lib/report.ts';
import {
  lighthouseFindings,
  lighthouseTable,
  weightTable,
  type PageWeightResult,
} from './page-weight.ts';
import type { SearchResult } from './search.ts';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--search').map(Number);
const SIZES = sizes.length > 0 ? sizes : [2225, 10_000];
const SEARCH_SIZE = Number(
  option('--search') ?? Math.max(...SIZES.filter((n) => n <= 10_000), 2225),
);

function part(script: string, partArgs: string[]): void {
  console.error(`\n== ${script} ${partArgs.join(' ')}`);
  const result = spawnSync(
    process.execPath,
    [path.join(import.meta.dirname, script), ...partArgs],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) console.error(`${script} failed (status ${result.status})`);
}

interface Row {
  target: string;
  measured: string;
  met: boolean | null;
}

function targets(
  build: SizeResult[],
  weight: PageWeightResult | null,
  search: SearchResult | null,
): Row[] {
  const rows: Row[] = [];
  const at = (n: number): SizeResult | undefined => build.find((r) => r.size === n);
  for (const r of build) {
    rows.push({
      target: `≤ 3 ms per page (${count(r.size)} files; every page type, images off)`,
      measured: `${r.msPerPage.toFixed(2)} ms per HTML page (${(r.cold.wallMs / r.dist.generated).toFixed(2)} ms per output file)`,
      met: r.msPerPage <= 3,
    });
  }
  const small = at(2225);
  rows.push({
    target: '2,225 files built in < 90 s',
    measured: small ? seconds(small.cold.wallMs) : 'not measured',
    met: small ? small.cold.wallMs < 90_000 : null,
  });
  const large = at(50_000);
  rows.push({
    target: '50,000 files built in < 10 min, < 6 GB peak RSS',
    measured: large ? `${seconds(large.cold.wallMs)}, ${mb(large.cold.peakRss)}` : 'not measured',
    met: large ? large.cold.wallMs < 600_000 && large.cold.peakRss < 6 * 2 ** 30 : null,
  });
  const mid = at(10_000);
  rows.push({
    target: 'rebuild after one edit (10,000 files) < 20% of cold',
    measured: mid?.rebuild
      ? `${seconds(mid.rebuild.run.wallMs)} = ${Math.round(mid.rebuild.ratio * 100)}% of ${seconds(mid.cold.wallMs)}`
      : 'not measured',
    met: mid?.rebuild ? mid.rebuild.ratio < 0.2 : null,
  });
  if (weight) {
    const article = weight.weights.find((w) => w.type === 'articles');
    rows.push({
      target: `article page JS ≤ ${kb(LIMITS.jsGzip)}, CSS ≤ ${kb(LIMITS.cssGzip)} compressed`,
      measured: article
        ? `JS ${kb(article.jsGzip)}, CSS ${kb(article.cssGzip)} (gzip)`
        : 'no article pages',
      met: article ? article.jsGzip <= LIMITS.jsGzip && article.cssGzip <= LIMITS.cssGzip : null,
    });
    const fonts = Math.max(...weight.weights.map((w) => w.largestFont));
    const blocking = Math.max(...weight.weights.map((w) => w.blockingStylesheets));
    const blockingJs = Math.max(...weight.weights.map((w) => w.blockingScripts));
    rows.push({
      target: 'no web font > 50 KB; render-blocking: one stylesheet at most',
      measured: `${fonts ? `largest font ${kb(fonts)}` : 'no web fonts'}; ${blocking} stylesheet(s), ${blockingJs} script(s)`,
      met: fonts <= LIMITS.fontBytes && blocking <= 1 && blockingJs === 0,
    });
    for (const formFactor of ['mobile', 'desktop']) {
      const runs = weight.lighthouse.filter((r) => r.formFactor === formFactor);
      if (runs.length === 0) continue;
      const ok = runs.every(
        (r) =>
          (r.scores['performance'] ?? 0) >= 95 &&
          r.scores['accessibility'] === 100 &&
          r.scores['best-practices'] === 100 &&
          r.scores['seo'] === 100,
      );
      rows.push({
        target: `Lighthouse ${formFactor}: 100 a11y / best practices / SEO, ≥ 95 performance (home, article, quote, search)`,
        measured: runs
          .map(
            (r) =>
              `${r.page} ${r.scores['performance']}/${r.scores['accessibility']}/${r.scores['best-practices']}/${r.scores['seo']}`,
          )
          .join(', '),
        met: ok,
      });
    }
  }
  if (search) {
    const own = search.engines.find((e) => e.engine === 'Clippings');
    rows.push({
      target: `search (${count(search.articles)} files): figures from bench:search`,
      measured: own
        ? `warm median ${own.warmMedianMs.toFixed(0)} ms, cold ${own.coldMedianMs.toFixed(0)} ms, ${kb(own.coldBytesMedian)} cold`
        : 'not measured',
      met: null,
    });
  }
  return rows;
}

function searchTable(search: SearchResult): string {
  return table(
    [
      'Engine',
      'Warm median',
      'Warm p95',
      'Cold median',
      'Cold p95',
      'Cold bytes median / max',
      'JS heap',
    ],
    search.engines.map((e) => [
      e.engine,
      `${e.warmMedianMs.toFixed(1)} ms`,
      `${e.warmP95Ms.toFixed(1)} ms`,
      `${e.coldMedianMs.toFixed(0)} ms`,
      `${e.coldP95Ms.toFixed(0)} ms`,
      `${kb(e.coldBytesMedian)} / ${kb(e.coldBytesMax)}`,
      kb(e.heapBytes),
    ]),
  );
}

/** The newest build figures of each corpus size, from every saved `bench:build` run. */
function newestBuilds(): { results: SizeResult[]; machines: Map<number, Machine> } | null {
  if (!existsSync(RESULTS)) return null;
  const bySize = new Map<number, { result: SizeResult; machine: Machine }>();
  const runs = readdirSync(RESULTS)
    .filter((f) => /^build-\d.*\.json$/.test(f))
    .sort();
  for (const f of runs) {
    const run = JSON.parse(readFileSync(path.join(RESULTS, f), 'utf8')) as {
      machine: Machine;
      options?: { concurrency: string | null; heapMb: string | null };
      results: SizeResult[];
    };
    // Runs that tried another Astro configuration are not the site's figures.
    if (run.options?.concurrency) continue;
    for (const result of run.results) bySize.set(result.size, { result, machine: run.machine });
  }
  if (bySize.size === 0) return null;
  const sizes = [...bySize.keys()].sort((a, b) => a - b);
  return {
    results: sizes.map((n) => bySize.get(n)!.result),
    machines: new Map(sizes.map((n) => [n, bySize.get(n)!.machine])),
  };
}

function report(): string {
  const build = newestBuilds();
  const weight = latestResult<{ machine: Machine } & PageWeightResult>('page-weight');
  const search = latestResult<{ machine: Machine } & SearchResult>('search');
  const out: string[] = ['# Clippings benchmark report', ''];
  if (build) {
    out.push(
      `## Build`,
      '',
      'Share images off unless stated. Each size is its newest run:',
      '',
      ...build.results.map(
        (r) => `- ${count(r.size)}: ${describeMachine(build.machines.get(r.size)!)}`,
      ),
      '',
      buildTable(build.results),
      '',
      'Pages by type:',
      '',
      pagesTable(build.results),
      '',
      'Phases of the cold build (seconds):',
      '',
      phasesTable(build.results),
      '',
      'Memory by phase of the cold build (peak RSS / V8 heap used):',
      '',
      phaseMemoryTable(build.results),
      '',
      'Render time by route type, as Astro logs it:',
      '',
      routesTable(build.results),
      '',
    );
  }
  if (weight) {
    out.push(
      `## Page weight and Lighthouse (${weight.size === 0 ? 'seeds' : `${count(weight.size)} files`})`,
      '',
      `${describeMachine(weight.machine)}.`,
      '',
      weightTable(weight.weights),
      '',
    );
    if (weight.lighthouse.length > 0) {
      out.push(lighthouseTable(weight.lighthouse), '');
      const findings = lighthouseFindings(weight.lighthouse);
      if (findings.length > 0)
        out.push('Audits not passed:', '', ...findings.map((f) => `- ${f}`), '');
    }
  }
  if (search) {
    out.push(
      `## Search (${count(search.articles)} files, ${search.queries} queries)`,
      '',
      `${describeMachine(search.machine)}. Index: ${count(search.index.records)} records.`,
      '',
      searchTable(search),
      '',
    );
  }
  const rows = targets(build?.results ?? [], weight, search);
  out.push(
    '## Targets',
    '',
    table(
      ['Target', 'Measured', 'Met'],
      rows.map((r) => [r.target, r.measured, r.met === null ? '–' : r.met ? 'yes' : 'NO']),
    ),
    '',
  );
  return out.join('\n');
}

if (!flag('--report-only')) {
  if (!hasBbc()) {
    console.error(`npm run bench needs the BBC corpus at ${BBC}`);
    process.exit(2);
  }
  for (const n of new Set([...SIZES, 2225, SEARCH_SIZE])) {
    const corpus = ensureCorpus(n);
    console.error(`corpus ${n}: ${corpus.dir} (${corpus.generated ? 'generated' : 'reused'})`);
  }
  if (!flag('--no-build'))
    part('build.ts', [...SIZES.map(String), ...(flag('--images') ? ['--images'] : [])]);
  part('page-weight.ts', ['2225', ...(flag('--no-lighthouse') ? ['--no-lighthouse'] : [])]);
  if (!flag('--no-search')) {
    part('search.ts', [String(SEARCH_SIZE), ...(flag('--pagefind') ? ['--pagefind'] : [])]);
  }
}
const text = report();
console.log(`\n${text}`);
mkdirSync(RESULTS, { recursive: true });
writeFileSync(path.join(RESULTS, 'report-latest.md'), `${text}\n`);
console.error(`saved ${path.relative(process.cwd(), path.join(RESULTS, 'report-latest.md'))}`);
