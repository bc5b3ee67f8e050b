/**
 * `npm run bench:lighthouse -- [size] [--no-lighthouse] [--runs <k>] [--keep] [--dist <folder>]`
 *
 * Builds the generated corpus of <size> files (default 2225; `0`: the seeds only) with the site's
 * address set (canonical links are absolute, as in a deployment), then:
 *
 * 1. page weight of every page type, read from the built files (`lib/page-weight.ts`): the
 *    compressed JavaScript and CSS a page loads, the largest web font, render-blocking requests,
 *    the HTML itself; checked against the issue's limits;
 * 2. Lighthouse (the npm package, Debian's /usr/bin/chromium, headless) on the home page, an
 *    article, a quote page, the first page of /quotes/ and /search/, served on localhost: the four category scores, mobile
 *    (Lighthouse's default: emulated phone, simulated slow 4G and 4× CPU slowdown) and desktop,
 *    the median of <k> runs (default 1), with every audit that did not pass.
 *
 * `--dist <folder>` measures a site built before (`CLIPPINGS_CONTENT=… npm run build`, say of the
 * BBC corpus) instead of building one.
 *
 * Prints tables and writes `bench-results/page-weight-latest.json`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { ensureCorpus, hasBbc, SEEDS } from './lib/corpus.ts';
import {
  htmlFiles,
  LIMITS,
  overLimits,
  pageType,
  weighSite,
  type TypeWeight,
} from './lib/page-weight.ts';
import { describeMachine, kb, machine, saveResult, seconds, table } from './lib/report.ts';
import { buildSite, freePort, makeSiteRoot, serve } from './lib/site.ts';

const CHROMIUM = '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
  page: string;
  url: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<string, number>;
  /** Audits that did not pass (score below 0.9), by category. */
  failing: { category: string; id: string; title: string; score: number; value?: string }[];
  metrics: Record<string, number>;
}

export interface PageWeightResult {
  size: number;
  build: { wallMs: number };
  weights: TypeWeight[];
  overLimits: string[];
  lighthouse: LighthouseRun[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** A typical page of a type: the one with the median HTML size. */
function typicalPage(outDir: string, type: string, exclude: RegExp): string {
  const files = htmlFiles(outDir).filter(
    (f) => pageType(outDir, f) === type && !exclude.test(path.relative(outDir, f)),
  );
  const sized = files
    .map((f) => ({ f, size: readFileSync(f).length }))
    .sort((a, b) => a.size - b.size);
  const pick = sized[Math.floor(sized.length / 2)]?.f ?? files[0]!;
  return `/${path.relative(outDir, pick).replace(/index\.html$/, '')}`;
}

async function runLighthouse(
  pages: Record<string, string>,
  origin: string,
  runs: number,
): Promise<LighthouseRun[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const out: LighthouseRun[] = [];
  try {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      for (const [page, pathname] of Object.entries(pages)) {
        const url = `${origin}${pathname}`;
        const lhrs = [];
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(
            url,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: [...CATEGORIES],
            },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
          lhrs.push(result.lhr);
        }
        // The run with the median performance score stands for the page.
        const sorted = [...lhrs].sort(
          (a, b) =>
            (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0),
        );
        const lhr = sorted[Math.floor(sorted.length / 2)]!;
        const scores: Record<string, number> = {};
        for (const c of CATEGORIES) {
          scores[c] = Math.round(median(lhrs.map((l) => (l.categories[c]?.score ?? 0) * 100)));
        }
        const failing: LighthouseRun['failing'] = [];
        for (const c of CATEGORIES) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (!audit || audit.score === null || audit.score >= 0.9 || ref.weight === 0) continue;
            failing.push({
              category: c,
              id: ref.id,
              title: audit.title,
              score: audit.score,
              ...(audit.displayValue ? { value: audit.displayValue } : {}),
            });
          }
        }
        const metrics: Record<string, number> = {};
        for (const id of [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
        ]) {
          const v = lhr.audits[id]?.numericValue;
          if (v !== undefined) metrics[id] = Math.round(v * 1000) / 1000;
        }
        out.push({ page, url: pathname, formFactor, scores, failing, metrics });
        console.error(
          `lighthouse ${formFactor} ${page}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
  return out;
}

export function weightTable(weights: readonly TypeWeight[]): string {
  return table(
    [
      'Page type',
      'Pages',
      'JS gzip (brotli)',
      'Later JS',
      'CSS gzip (brotli)',
      'Largest font',
      'Blocking',
      'HTML gzip median / max',
    ],
    weights.map((w) => [
      w.type,
      String(w.pages),
      `${kb(w.jsGzip)} (${kb(w.jsBrotli)})`,
      w.lazyJsGzip ? kb(w.lazyJsGzip) : '–',
      `${kb(w.cssGzip)} (${kb(w.cssBrotli)})`,
      w.largestFont ? kb(w.largestFont) : 'none',
      `${w.blockingStylesheets} css, ${w.blockingScripts} js`,
      `${kb(w.htmlGzipMedian)} / ${kb(w.htmlGzip)}`,
    ]),
  );
}

export function lighthouseTable(runs: readonly LighthouseRun[]): string {
  return table(
    ['Page', 'Form factor', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'TBT'],
    runs.map((r) => [
      `${r.page} (${r.url})`,
      r.formFactor,
      String(r.scores['performance']),
      String(r.scores['accessibility']),
      String(r.scores['best-practices']),
      String(r.scores['seo']),
      `${((r.metrics['largest-contentful-paint'] ?? 0) / 1000).toFixed(1)} s`,
      `${Math.round(r.metrics['total-blocking-time'] ?? 0)} ms`,
    ]),
  );
}

export function lighthouseFindings(runs: readonly LighthouseRun[]): string[] {
  return runs.flatMap((r) =>
    r.failing.map(
      (f) =>
        `${r.formFactor} ${r.page}: [${f.category}] ${f.title} (${f.id}${f.value ? `, ${f.value}` : ''})`,
    ),
  );
}

async function measure(size: number, withLighthouse: boolean, runs: number, dist?: string) {
  const work = mkdtempSync(path.join(tmpdir(), `clippings-bench-weight-${size}-`));
  try {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const outDir = dist ? path.resolve(dist) : path.join(work, 'dist');
    let wallMs = 0;
    if (!dist) {
      const content = size === 0 ? SEEDS : ensureCorpus(size).dir;
      makeSiteRoot(work);
      console.error(`build ${size === 0 ? 'seeds' : size} for ${origin}/ …`);
      const built = await buildSite({
        work,
        content,
        outDir,
        env: { CLIPPINGS_SITE: `${origin}/` },
      });
      wallMs = built.wallMs;
      console.error(`  ${seconds(built.wallMs)}`);
    }
    const weights = weighSite(outDir, '/', 500);
    const result: PageWeightResult = {
      size,
      build: { wallMs: Math.round(wallMs) },
      weights,
      overLimits: overLimits(weights),
      lighthouse: [],
    };
    if (withLighthouse) {
      const pages = {
        home: '/',
        article: typicalPage(outDir, 'articles', /^$/),
        quote: typicalPage(outDir, 'quotes', /^quotes\/(?:\d+\/)?index\.html$/),
        quotes: '/quotes/',
        search: '/search/',
      };
      const { server } = await serve(outDir, new Map(), port);
      try {
        result.lighthouse = await runLighthouse(pages, origin, runs);
      } finally {
        server.close();
      }
    }
    return { result, work };
  } finally {
    if (!KEEP) rmSync(work, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const KEEP = args.includes('--keep');
const DIST = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : undefined;

if (import.meta.filename === process.argv[1]) {
  const size = Number(args.find((a) => /^\d+$/.test(a)) ?? (hasBbc() ? 2225 : 0));
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1] ?? 1) : 1;
  const where = machine();
  const { result, work } = await measure(size, !args.includes('--no-lighthouse'), runs, DIST);
  if (KEEP) console.error(`kept ${work}`);
  const label = DIST
    ? `the site in ${DIST}`
    : size === 0
      ? 'the seeds'
      : `the ${size}-file generated corpus`;
  console.log(`\nPage weight, ${label} (${describeMachine(where)})\n`);
  console.log(weightTable(result.weights));
  console.log(
    `\nLimits: JS ≤ ${kb(LIMITS.jsGzip)}, CSS ≤ ${kb(LIMITS.cssGzip)} (gzip), fonts ≤ ${kb(LIMITS.fontBytes)}, ` +
      `render-blocking: one stylesheet. ${result.overLimits.length === 0 ? 'All pages within them.' : `Over: ${result.overLimits.join('; ')}`}`,
  );
  if (result.lighthouse.length > 0) {
    console.log(`\nLighthouse (median of ${runs} run(s))\n\n${lighthouseTable(result.lighthouse)}`);
    const findings = lighthouseFindings(result.lighthouse);
    if (findings.length > 0)
      console.log(`\nAudits not passed:\n${findings.map((f) => `- ${f}`).join('\n')}`);
  }
  const file = saveResult('page-weight', { machine: where, ...result });
  console.log(`\nSaved ${path.relative(process.cwd(), file)}`);
}
