/**
 * `npm run bench:search-quality [-- --dist <folder>] [-- --keep]` — known-item search quality,
 * Clippings beside Pagefind, on one built site (issue 4).
 *
 * 1. Builds the site of the BBC corpus as published (the generated corpus of 2,225 files: the
 *    BBC files unchanged, dated, plus the seeds; `lib/corpus.ts`), or takes an already built
 *    folder with `--dist` (from `--keep` of an earlier run).
 * 2. Makes the known-item queries (`lib/known-item.ts`) from the built search index's records:
 *    300 BBC articles, each with a 5-word body phrase, its title with one typo, and a speaker's
 *    name plus two words of their quote.
 * 3. Clippings: runs each query with the search engine (`src/search/engine.ts`, the code the
 *    search page runs) over the built index files, in Node.
 * 4. Pagefind: indexes the article and quote pages of the same site (`--glob`, the pages
 *    Clippings' index covers; the lists — stories, speakers, the home page — would only crowd its
 *    results) and runs each query through its JS API in headless Chromium.
 * 5. A result counts when it is the article's page, one of its paragraphs or one of its quotes'
 *    pages; the table gives, per kind, the share of queries with the article in the top 3 (and
 *    the top 1), and the queries missed are saved with the figures in
 *    `bench-results/search-quality-latest.json`.
 *
 * Not part of CI (it needs ../shared/data and a site build of about a minute);
 * `tests/unit/search/bbc-quality.test.ts` checks the same queries on an index built in memory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { RecordChunk, SearchMeta, SearchRecord } from '../../src/search/build.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { EMPTY_STATE } from '../../src/search/query.ts';
import { BBC, ensureCorpus, hasBbc, ROOT } from './lib/corpus.ts';
import { KINDS, knownItems, type Kind, type KnownItem } from './lib/known-item.ts';
import { describeMachine, machine, saveResult, table } from './lib/report.ts';
import { buildSite, makeSiteRoot, serve } from './lib/site.ts';

const CHROMIUM = '/usr/bin/chromium';
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const GIVEN_DIST = option('--dist');
const KEEP = args.includes('--keep');
const ARTICLES = 2225;
const TOP = 3;
/** As many results as the search page asks for (`src/scripts/search-page.ts`). */
const LIMIT = 30;

if (!hasBbc()) {
  console.error(`bench:search-quality needs the BBC corpus at ${BBC}`);
  process.exit(2);
}

/** Where the article was found among an engine's results (0-based), or -1. */
type Ranks = Record<Kind, number[]>;

interface EngineFigures {
  engine: string;
  /** Per kind: share of queries with the article in the top 3, and in the top 1. */
  top3: Record<Kind, number>;
  top1: Record<Kind, number>;
  missed: Record<Kind, { query: string; title: string; rank: number }[]>;
}

function figures(engine: string, items: readonly KnownItem[], ranks: Ranks): EngineFigures {
  const share = (kind: Kind, n: number): number =>
    ranks[kind].filter((r) => r >= 0 && r < n).length / items.length;
  const top3 = {} as Record<Kind, number>;
  const top1 = {} as Record<Kind, number>;
  const missed = {} as EngineFigures['missed'];
  for (const kind of KINDS) {
    top3[kind] = share(kind, TOP);
    top1[kind] = share(kind, 1);
    missed[kind] = items.flatMap((item, i) => {
      const rank = ranks[kind][i] ?? -1;
      return rank >= 0 && rank < TOP
        ? []
        : [{ query: item.queries[kind], title: item.title, rank }];
    });
  }
  return { engine, top3, top1, missed };
}

const where = machine();
console.log(`search quality bench: ${describeMachine(where)}`);
const work = mkdtempSync(path.join(tmpdir(), 'clippings-bench-quality-'));
try {
  let dist = GIVEN_DIST ? path.resolve(GIVEN_DIST) : path.join(work, 'dist');
  if (!GIVEN_DIST) {
    const corpus = ensureCorpus(ARTICLES);
    makeSiteRoot(work);
    const built = await buildSite({ work, content: corpus.dir, outDir: dist });
    console.log(`build of ${ARTICLES} BBC articles + seeds: ${(built.wallMs / 1000).toFixed(1)} s`);
  }
  dist = path.resolve(dist);

  // The index's records, as the browser would fetch them.
  const readIndex = (file: string): unknown =>
    JSON.parse(readFileSync(path.join(dist, 'search-index', file), 'utf8'));
  const meta = readIndex('meta.json') as SearchMeta;
  const records: SearchRecord[] = [];
  for (let n = 0; n < meta.chunks; n++) {
    records.push(...(readIndex(`records/${n}.json`) as RecordChunk).records);
  }
  const items = knownItems(records, 300, (head) => head.outlet === 'BBC');
  console.log(`${items.length} articles, ${items.length * KINDS.length} queries`);
  const quoteArticle = new Map<string, string>();
  for (const r of records) {
    if (r.t !== 'q') continue;
    const head = records[r.a];
    if (head?.t === 'a') quoteArticle.set(r.id, head.id);
  }

  // Clippings, in Node over the built files.
  const engine = new SearchEngine(async (file) => readIndex(file));
  const clippings = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Ranks;
  let t0 = performance.now();
  for (const item of items) {
    for (const kind of KINDS) {
      const { hits } = await engine.search({ ...EMPTY_STATE, q: item.queries[kind] }, LIMIT);
      clippings[kind].push(hits.findIndex((h) => h.articleId === item.id));
    }
  }
  console.log(`Clippings: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // Pagefind, on the article and quote pages of the same site.
  t0 = performance.now();
  execFileSync('npx', ['pagefind', '--site', dist, '--glob', '{articles,quotes}/**/*.html'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  console.log(`Pagefind index: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const pagefind = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Ranks;
  const { server, url } = await serve(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/search/`);
    t0 = performance.now();
    for (const item of items) {
      for (const kind of KINDS) {
        const urls = await page.evaluate(
          async ([query, top]) => {
            const script = '/pagefind/pagefind.js';
            const pf = await import(script);
            const found = await pf.search(query);
            const data = await Promise.all(
              found.results
                .slice(0, top)
                .map((r: { data: () => Promise<{ url: string }> }) => r.data()),
            );
            return data.map((d) => d.url);
          },
          [item.queries[kind], TOP] as const,
        );
        pagefind[kind].push(
          urls.findIndex((u) => {
            const [, type, id] = /^\/(articles|quotes)\/([^/]+)\//.exec(u) ?? [];
            return (type === 'articles' ? id : quoteArticle.get(id ?? '')) === item.id;
          }),
        );
      }
    }
    console.log(`Pagefind: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    await browser.close();
    server.close();
  }

  const engines = [figures('Clippings', items, clippings), figures('Pagefind', items, pagefind)];
  const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;
  console.log(
    table(
      ['query kind', ...engines.flatMap((e) => [`${e.engine} top 3`, `${e.engine} top 1`])],
      KINDS.map((kind) => [
        kind,
        ...engines.flatMap((e) => [pct(e.top3[kind]), pct(e.top1[kind])]),
      ]),
    ),
  );
  const file = saveResult('search-quality', {
    machine: where,
    articles: ARTICLES,
    items: items.length,
    engines,
  });
  console.log(`saved ${path.relative(process.cwd(), file)}`);
  if (KEEP && !GIVEN_DIST) console.log(`kept ${dist} (pass it with --dist to measure again)`);
} finally {
  if (!KEEP) rmSync(work, { recursive: true, force: true });
}
