/**
 * `npm run bench:search [-- <articles>] [-- --pagefind]` — search figures in headless Chromium.
 *
 * 1. Takes the generated corpus of <articles> files (default 2,000; `lib/corpus.ts`, cached in
 *    ~/.cache/clippings): varied copies of ../shared/data/bbc plus the seeds.
 * 2. Builds the site from it in a temporary root (`lib/site.ts`, share images off).
 * 3. Serves that folder on localhost, counting the bytes of every response.
 * 4. For 30 queries (single words, names, misspelt names, 4–6-word phrases, quoted phrases):
 *    cold time to first results on a fresh page (no cache) and the bytes of index downloaded
 *    for it; warm latency per query (submit → results rendered) on one page: median and p95;
 *    JS heap after the warm run.
 * 5. With `--pagefind`: indexes the same built site with Pagefind and measures the same queries
 *    through its JS API (search + the data of the first 10 results), cold and warm.
 *
 * `--keep` keeps the built site; `--dist <folder>` measures a site built before (by `--keep`)
 * instead of building one, to measure again when the machine is quieter.
 *
 * Not part of CI: it needs ../shared/data and takes minutes at 10,000 articles. Writes
 * `bench-results/search-latest.json` (`npm run bench` puts it in its report).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BBC, ensureCorpus, hasBbc, ROOT } from './lib/corpus.ts';
import { describeMachine, machine, saveResult } from './lib/report.ts';
import { buildSite, makeSiteRoot, serve } from './lib/site.ts';

const CHROMIUM = '/usr/bin/chromium';
const args = process.argv.slice(2);
const ARTICLES = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
const WITH_PAGEFIND = args.includes('--pagefind');
const KEEP = args.includes('--keep');
/** `--dist <folder>`: a site built before, measured as it is. */
const DIST = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : undefined;

const QUERIES = [
  // single words
  'economy',
  'election',
  'football',
  'broadband',
  'inflation',
  'film',
  // names
  'Tony Blair',
  'Gordon Brown',
  'Jose Mourinho',
  'Arsene Wenger',
  'Microsoft',
  'Putin',
  // misspelt names
  'Mourinio',
  'Arsen Wenger',
  'Micrsoft',
  'Gordon Brwn',
  'Blaire',
  'Witkov',
  // 4–6-word phrases
  'interest rates rise again',
  'the general election campaign',
  'champions league final tonight',
  'mobile phone market growth',
  'oil prices hit record high',
  'two to tango',
  // quoted phrases
  '"interest rates"',
  '"general election"',
  '"Tony Blair"',
  '"mobile phones"',
  '"world cup"',
  '"two to tango"',
];

if (!hasBbc()) {
  console.error(`bench:search needs the BBC corpus at ${BBC}`);
  process.exit(2);
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ms = (v: number): string => `${v.toFixed(1)} ms`;
const kb = (v: number): string => `${(v / 1024).toFixed(1)} KB`;

/** Clippings: the time from submitting a query on the page to its results being rendered. */
async function clippingsQuery(page: Page, q: string): Promise<number> {
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('#search-q');
    const status = document.querySelector<HTMLElement>('[data-search-status]');
    const form = document.querySelector<HTMLFormElement>('[data-search-form]');
    if (!input || !status || !form) throw new Error('not the search page');
    status.textContent = '';
    const t0 = performance.now();
    const done = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (status.textContent) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
    });
    input.value = query;
    form.requestSubmit();
    await done;
    return performance.now() - t0;
  }, q);
}

/** Pagefind: search and the data of the first 10 results, through its JS API. */
async function pagefindQuery(page: Page, q: string): Promise<number> {
  return page.evaluate(async (query) => {
    const t0 = performance.now();
    const script = '/pagefind/pagefind.js';
    const pf = await import(script);
    const found = await pf.search(query);
    await Promise.all(found.results.slice(0, 10).map((r: { data: () => unknown }) => r.data()));
    return performance.now() - t0;
  }, q);
}

export interface SearchFigures {
  engine: string;
  warmMedianMs: number;
  warmP95Ms: number;
  coldMedianMs: number;
  coldP95Ms: number;
  coldBytesMedian: number;
  coldBytesMax: number;
  heapBytes: number;
}

export interface SearchResult {
  articles: number;
  queries: number;
  buildMs: number;
  index: { records: number; chunks: number; buckets: number };
  pagefindIndexMs?: number;
  engines: SearchFigures[];
}

async function measure(
  browser: Browser,
  url: string,
  bytes: Map<string, number>,
  name: string,
  prefix: string,
  run: (page: Page, q: string) => Promise<number>,
): Promise<SearchFigures> {
  const cold: number[] = [];
  const coldBytes: number[] = [];
  for (const q of QUERIES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${url}/search/`);
    bytes.set(prefix, 0);
    cold.push(await run(page, q));
    coldBytes.push(bytes.get(prefix) ?? 0);
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/search/`);
  for (const q of QUERIES) await run(page, q); // warm the caches
  const warm: number[] = [];
  for (let round = 0; round < 3; round++) for (const q of QUERIES) warm.push(await run(page, q));
  const client = await context.newCDPSession(page);
  await client.send('HeapProfiler.collectGarbage');
  const heap = (await client.send('Runtime.getHeapUsage')) as { usedSize: number };
  await context.close();
  const figures: SearchFigures = {
    engine: name,
    warmMedianMs: percentile(warm, 50),
    warmP95Ms: percentile(warm, 95),
    coldMedianMs: percentile(cold, 50),
    coldP95Ms: percentile(cold, 95),
    coldBytesMedian: percentile(coldBytes, 50),
    coldBytesMax: Math.max(...coldBytes),
    heapBytes: heap.usedSize,
  };
  console.log(
    `${name}: warm median ${ms(figures.warmMedianMs)}, p95 ${ms(figures.warmP95Ms)}; ` +
      `cold first results median ${ms(figures.coldMedianMs)}, p95 ${ms(figures.coldP95Ms)}; ` +
      `cold bytes median ${kb(figures.coldBytesMedian)}, max ${kb(figures.coldBytesMax)}; ` +
      `JS heap ${kb(figures.heapBytes)}`,
  );
  return figures;
}

const where = machine();
console.log(`search bench: ${describeMachine(where)}`);
const work = mkdtempSync(path.join(tmpdir(), 'clippings-bench-search-'));
const dist = DIST ? path.resolve(DIST) : path.join(work, 'dist');
try {
  let t0 = performance.now();
  let buildMs = 0;
  if (DIST) console.log(`site: ${dist} (built before; ${ARTICLES} files as given)`);
  else {
    const corpus = ensureCorpus(ARTICLES);
    console.log(
      `corpus: ${ARTICLES} BBC copies + seeds (${corpus.dir}, ${corpus.generated ? 'generated' : 'reused'}) in ${ms(performance.now() - t0)}`,
    );
    // A root of its own (lib/site.ts), so that the bench's build folders and caches never meet
    // those of a build running in the checkout.
    makeSiteRoot(work);
    const built = await buildSite({ work, content: corpus.dir, outDir: dist });
    buildMs = built.wallMs;
    console.log(`build: ${(built.wallMs / 1000).toFixed(1)} s`);
  }
  const meta = JSON.parse(readFileSync(path.join(dist, 'search-index/meta.json'), 'utf8')) as {
    records: number;
    chunks: number;
    buckets: number;
  };
  console.log(
    `index: ${meta.records} records in ${meta.chunks} record files, ${meta.buckets} postings buckets`,
  );
  const result: SearchResult = {
    articles: ARTICLES,
    queries: QUERIES.length,
    buildMs: Math.round(buildMs),
    index: { records: meta.records, chunks: meta.chunks, buckets: meta.buckets },
    engines: [],
  };
  if (WITH_PAGEFIND) {
    t0 = performance.now();
    execFileSync('npx', ['pagefind', '--site', dist], { cwd: ROOT, stdio: 'ignore' });
    result.pagefindIndexMs = Math.round(performance.now() - t0);
    console.log(`pagefind index: ${(result.pagefindIndexMs / 1000).toFixed(1)} s`);
  }

  const bytes = new Map<string, number>();
  const { server, url } = await serve(dist, bytes);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    console.log(`${QUERIES.length} queries`);
    result.engines.push(
      await measure(browser, url, bytes, 'Clippings', 'search-index', clippingsQuery),
    );
    if (WITH_PAGEFIND) {
      result.engines.push(
        await measure(browser, url, bytes, 'Pagefind', 'pagefind', pagefindQuery),
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  const file = saveResult('search', { machine: where, ...result });
  console.log(`saved ${path.relative(process.cwd(), file)}`);
} finally {
  if (KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
