/**
 * `npm run bench:search [-- <articles>] [-- --pagefind]` — search figures in headless Chromium.
 *
 * 1. Builds a corpus of <articles> (default 2,000) from ../shared/data/bbc plus the seeds: copies
 *    of the BBC files, each copy varied (dated differently, paragraphs rotated, a few words
 *    swapped for words of another article) so that copies are not identical.
 * 2. Builds the site from it into a temporary folder (`astro build --outDir`).
 * 3. Serves that folder on localhost, counting the bytes of every response.
 * 4. For 30 queries (single words, names, misspelt names, 4–6-word phrases, quoted phrases):
 *    cold time to first results on a fresh page (no cache) and the bytes of index downloaded
 *    for it; warm latency per query (submit → results rendered) on one page: median and p95;
 *    JS heap after the warm run.
 * 5. With `--pagefind`: indexes the same built site with Pagefind and measures the same queries
 *    through its JS API (search + the data of the first 10 results), cold and warm.
 *
 * Not part of CI: it needs ../shared/data and takes minutes at 10,000 articles. It builds in a
 * temporary root holding a copy of this checkout's sources, with caches of its own.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BBC = path.resolve(ROOT, '../shared/data/bbc');
const CHROMIUM = '/usr/bin/chromium';
const args = process.argv.slice(2);
const ARTICLES = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
const WITH_PAGEFIND = args.includes('--pagefind');
const KEEP = args.includes('--keep');

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

if (!existsSync(BBC)) {
  console.error(`bench:search needs the BBC corpus at ${BBC}`);
  process.exit(2);
}

/** A small deterministic random number generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `count` varied copies of the BBC files (and the seeds) into `dir`. */
function makeCorpus(dir: string, count: number): void {
  const files = readdirSync(BBC)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = files.map((f) => readFileSync(path.join(BBC, f), 'utf8'));
  const words = texts.flatMap((t) => t.split(/\s+/).filter((w) => /^[a-z]{5,}$/.test(w)));
  cpSync(path.join(ROOT, 'content'), path.join(dir, 'seeds'), { recursive: true });
  for (let n = 0; n < count; n++) {
    const copy = Math.floor(n / files.length);
    const i = n % files.length;
    const random = rng(n + 1);
    const [title = '', ...rest] = (texts[i] ?? '').split(/\n\s*\n/);
    let paragraphs = rest.map((p) => p.trim()).filter(Boolean);
    if (copy > 0 && paragraphs.length > 2) {
      // Rotate the body after the lead, and swap a few words.
      const k = 1 + (copy % (paragraphs.length - 1));
      paragraphs = [paragraphs[0] ?? '', ...paragraphs.slice(k), ...paragraphs.slice(1, k)];
      paragraphs = paragraphs.map((p) =>
        p.replace(/\b[a-z]{6,}\b/g, (w) =>
          random() < 0.03 ? (words[Math.floor(random() * words.length)] ?? w) : w,
        ),
      );
    }
    const day = new Date(Date.UTC(2004, 0, 1) + Math.floor(random() * 7000) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const heading = copy > 0 ? `${title.trim()} (${copy + 1})` : title.trim();
    const sub = path.join(dir, `copy-${copy}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(
      path.join(sub, files[i] ?? `${n}.txt`),
      `---\ndate: ${date}\nsource: BBC\n---\n${heading}\n\n${paragraphs.join('\n\n')}\n`,
    );
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** A static file server over `dir` that adds the bytes it sends to `bytes[prefix]`. */
function serve(dir: string, bytes: Map<string, number>): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const size = statSync(file).size;
    const prefix = pathname.split('/')[1] ?? '';
    bytes.set(prefix, (bytes.get(prefix) ?? 0) + size);
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    }),
  );
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

async function measure(
  browser: Browser,
  url: string,
  bytes: Map<string, number>,
  name: string,
  prefix: string,
  run: (page: Page, q: string) => Promise<number>,
): Promise<void> {
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
  console.log(
    `${name}: warm median ${ms(percentile(warm, 50))}, p95 ${ms(percentile(warm, 95))}; ` +
      `cold first results median ${ms(percentile(cold, 50))}, p95 ${ms(percentile(cold, 95))}; ` +
      `cold bytes median ${kb(percentile(coldBytes, 50))}, max ${kb(Math.max(...coldBytes))}; ` +
      `JS heap ${kb(heap.usedSize)}`,
  );
}

const work = mkdtempSync(path.join(tmpdir(), 'clippings-bench-search-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');
try {
  let t0 = performance.now();
  makeCorpus(content, ARTICLES);
  console.log(`corpus: ${ARTICLES} BBC copies + seeds in ${ms(performance.now() - t0)}`);
  t0 = performance.now();
  // A root of its own (a copy of this checkout's sources), so that the bench's build folders and
  // caches (.astro/, the content-layer store) never meet those of a build running in the checkout.
  const site = path.join(work, 'site');
  mkdirSync(site);
  for (const name of ['src', 'public', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(ROOT, name), path.join(site, name), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(site, 'node_modules'));
  writeFileSync(
    path.join(site, 'astro.config.mjs'),
    `import base from ${JSON.stringify(path.join(ROOT, 'astro.config.mjs'))};\n` +
      `export default { ...base, cacheDir: ${JSON.stringify(path.join(work, 'cache'))} };\n`,
  );
  execFileSync('npx', ['astro', 'build', '--outDir', dist], {
    cwd: site,
    env: { ...process.env, CLIPPINGS_CONTENT: content },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`build: ${(performance.now() - t0) / 1000} s`);
  const meta = JSON.parse(readFileSync(path.join(dist, 'search-index/meta.json'), 'utf8')) as {
    records: number;
    chunks: number;
    buckets: number;
  };
  console.log(
    `index: ${meta.records} records in ${meta.chunks} record files, ${meta.buckets} postings buckets`,
  );
  if (WITH_PAGEFIND) {
    t0 = performance.now();
    execFileSync('npx', ['pagefind', '--site', dist], { cwd: ROOT, stdio: 'ignore' });
    console.log(`pagefind index: ${(performance.now() - t0) / 1000} s`);
  }

  const bytes = new Map<string, number>();
  const { server, url } = await serve(dist, bytes);
  const browser = await chromium.launch({
    ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    console.log(`${QUERIES.length} queries`);
    await measure(browser, url, bytes, 'Clippings', 'search-index', clippingsQuery);
    if (WITH_PAGEFIND) await measure(browser, url, bytes, 'Pagefind', 'pagefind', pagefindQuery);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  if (KEEP) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
