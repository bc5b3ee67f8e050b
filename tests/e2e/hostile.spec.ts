/**
 * Security over the hostile corpus (`tests/fixtures/hostile/` plus the generated cases): the site
 * is built from it into its own folder and served by a tiny static server; every page is loaded
 * and must fire no dialog, run no injected script (`window.__pwned` stays unset), break no
 * Content-Security-Policy rule, request nothing from another origin, and show the hostile text
 * as text. External links carry `rel="noopener noreferrer"`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HOSTILE_CASES, makeHostileCorpus, type HostileCorpus } from '../fixtures/make-hostile.ts';

test.describe.configure({ mode: 'serial' });

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

let corpus: HostileCorpus;
let work: string;
let outDir: string;
let server: Server;
let origin: string;
/** What the build printed. */
let buildLog: string;

function htmlPages(dir: string, prefix = ''): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) pages.push(...htmlPages(abs, `${prefix}${name}/`));
    else if (name === 'index.html') pages.push(`/${prefix}`);
    else if (name.endsWith('.html')) pages.push(`/${prefix}${name}`);
  }
  return pages;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  corpus = makeHostileCorpus();
  work = mkdtempSync(path.join(tmpdir(), 'clippings-hostile-site-'));
  outDir = path.join(work, 'dist');
  const built = spawnSync(
    process.execPath,
    ['tests/fixtures/build-site.ts', outDir, path.join(work, 'cache')],
    { env: { ...process.env, CLIPPINGS_CONTENT: corpus.root }, encoding: 'utf8' },
  );
  expect(built.status, built.stderr).toBe(0);
  buildLog = `${built.stdout}${built.stderr}`;
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(outDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(outDir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = readFileSync(file);
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  corpus?.cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('no page of the hostile corpus runs injected script or loads anything third-party', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const pages = htmlPages(outDir);
  expect(pages.length).toBeGreaterThan(20);
  const dialogs: string[] = [];
  const foreign: string[] = [];
  const cspErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  for (const url of pages) {
    const response = await page.goto(origin + url);
    expect(response?.status(), url).toBeLessThan(400);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), url).toBe(
      undefined,
    );
    // Every page has the policy that forbids inline script.
    const csp = await page
      .locator('meta[http-equiv="content-security-policy" i]')
      .getAttribute('content');
    expect(csp, url).toMatch(/script-src 'self'/);
    expect(csp, url).not.toMatch(/unsafe-inline/);
    // Injected markup would show up as elements; content must never become them.
    expect(await page.locator('main iframe, main img[src="x"], main svg[onload]').count()).toBe(0);
    const inlineScripts = await page.locator('script:not([src])').count();
    expect(inlineScripts, `${url}: inline scripts`).toBe(0);
    // External links open nothing that can reach back.
    for (const rel of await page
      .locator('a[href^="http"]')
      .evaluateAll((links) =>
        links
          .filter((a) => (a as HTMLAnchorElement).origin !== location.origin)
          .map((a) => `${(a as HTMLAnchorElement).href} ${a.getAttribute('rel') ?? ''}`),
      )) {
      expect(rel).toMatch(/\bnoopener\b/);
      expect(rel).toMatch(/\bnoreferrer\b/);
    }
  }
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  expect(cspErrors).toEqual([]);
});

test('hostile text is shown as the characters it is', async ({ page }) => {
  const visible = async (url: string, text: string) => {
    await page.goto(origin + url);
    await expect(page.getByText(text, { exact: false }).first(), `${url}: ${text}`).toBeVisible();
  };
  await visible(
    '/articles/markup/html-and-script/',
    '<script>window.__pwned = 1; alert(1)</script>',
  );
  await visible(
    '/articles/markup/html-and-script/',
    '<img src=x onerror="window.__pwned=1;alert(1)">',
  );
  await visible('/articles/markup/markdown-looking/', '*stars*, **double stars**');
  await visible('/articles/markup/markdown-looking/', '[x](javascript:alert(1))');
  await visible('/articles/markup/astro-braces/', '{alert(1)}, {Astro.props.secret}');
  await visible(
    '/articles/markup/quotes-with-script-close/',
    '</script><script>window.__pwned=1;alert(1)</script>',
  );
  await visible(
    '/articles/markup/quotes-with-script-close/',
    '<!-- this opens an HTML comment -->',
  );
  await visible('/articles/front-matter/hostile-values/', '"><script>window.__pwned=1</script>');
  await visible(
    '/articles/generated/long-single-line/',
    '<script>window.__pwned=1</script> inside.',
  );
  // The markdown-looking link is not a link.
  await page.goto(`${origin}/articles/markup/markdown-looking/`);
  expect(await page.locator('main a[href^="javascript:" i]').count()).toBe(0);
  // The search UI renders hostile results as text.
  await page.goto(`${origin}/search/?q=script`);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBe(undefined);
  expect(await page.locator('main script:not([src]), main img[src="x"]').count()).toBe(0);
});

test('the corpus report names every input file with its status', async ({ page }) => {
  await page.goto(`${origin}/report/`);
  const text = (await page.locator('main').textContent()) ?? '';
  for (const [file, status, reason] of HOSTILE_CASES) {
    expect(text, file).toContain(file);
    // The reason of a skipped file, in the plain words of the report.
    const skipped =
      status === 'skipped' && !(file === 'generated/unreadable.txt' && corpus.unreadableIsReadable);
    if (skipped && reason)
      expect(text, file).toMatch(new RegExp(reason.source.replace(/^\^|\$$/g, '')));
  }
  expect(text).toContain('field `title`: must be text');
});

test('built without CLIPPINGS_SITE: one warning, and citations hold full addresses', async ({
  page,
}) => {
  expect(buildLog.match(/CLIPPINGS_SITE is not set/g)).toHaveLength(1);
  expect(buildLog).toContain('share previews show no image');
  await page.goto(`${origin}/articles/markup/html-and-script/`);
  await expect(page.locator('#cite-text')).toContainText(
    `${origin}/articles/markup/html-and-script/`,
  );
});

test('feeds and data files stay well-formed with hostile text', async ({ request }) => {
  const rss = await (await request.get(`${origin}/rss.xml`)).text();
  // Escaped for HTML, then for XML: a reader decoding the XML finds `&#x3C;script>`, no tag.
  expect(rss).toContain('&amp;#x3C;script&gt;window.__pwned=1&amp;#x3C;/script&gt;');
  expect(rss).not.toContain('<script>');
  expect(rss).not.toMatch(/<(?:title|description)>[^<]*&lt;script/);
  const feed = (await (await request.get(`${origin}/feed.json`)).json()) as { items: unknown[] };
  expect(feed.items.length).toBeGreaterThan(10);
  const jsonl = await (await request.get(`${origin}/data/articles.jsonl`)).text();
  const rows = jsonl
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { title: string });
  expect(rows.map((r) => r.title)).toContain(
    'HTML tags in a news story: <script>window.__pwned = 1; alert(1)</script>',
  );
});
