/**
 * An undated corpus in folders, with a `folder.yaml`: the seeds but 000 (the only dated one),
 * filed under `world/` (with a folder.yaml naming its section and a field it cannot read) and
 * `politics/` (none: the folder's name is the section), built into a folder of its own and
 * served from it. The home page leads with sections, not file order; the section pages list the
 * articles; an article shows its section as from the folder; folder.yaml is never published.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../content');
const seed = (prefix: string): string => readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;

let work = '';
let outDir = '';
let server: Server;
let base = '';

test.describe('an undated corpus in folders', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });

  test.beforeAll(async () => {
    // A build of its own: minutes on a busy machine.
    test.setTimeout(300_000);
    work = await mkdtemp(path.join(tmpdir(), 'clippings-folders-'));
    const content = path.join(work, 'content');
    outDir = path.join(work, 'dist');
    mkdirSync(path.join(content, 'world'), { recursive: true });
    mkdirSync(path.join(content, 'politics'), { recursive: true });
    for (const p of ['001', '002'])
      cpSync(path.join(SEEDS, seed(p)), path.join(content, 'world', seed(p)));
    cpSync(path.join(SEEDS, seed('003')), path.join(content, 'politics', seed('003')));
    cpSync(path.join(SEEDS, seed('004')), path.join(content, seed('004')));
    writeFileSync(path.join(content, 'world', 'folder.yaml'), 'section: World news\ndate: soon\n');
    await promisify(execFile)(
      process.execPath,
      ['tests/fixtures/build-site.ts', outDir, path.join(work, 'cache')],
      { env: { ...process.env, CLIPPINGS_CONTENT: content }, maxBuffer: 64 * 1024 * 1024 },
    );
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const rel = decodeURIComponent(url.pathname);
      const file = path.join(outDir, rel.endsWith('/') ? `${rel}index.html` : rel);
      readFile(file).then(
        (body) => {
          const type = file.endsWith('.html')
            ? 'text/html; charset=utf-8'
            : file.endsWith('.css')
              ? 'text/css'
              : file.endsWith('.js')
                ? 'text/javascript'
                : file.endsWith('.svg')
                  ? 'image/svg+xml'
                  : 'application/octet-stream';
          res.writeHead(200, { 'content-type': type }).end(body);
        },
        () => res.writeHead(404).end('not found'),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  test.afterAll(async () => {
    server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  for (const width of [1280, 390]) {
    test(`the home page leads with sections, not file order (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${base}/`);
      await expect(page.locator('main')).toContainText('None of the articles carries a date');
      const sections = page.getByRole('region', { name: 'Sections' });
      await expect(sections.getByRole('link')).toHaveText([
        'politics',
        'World news',
        'All sections',
      ]);
      // No list of articles in file-name order, no "Undated" month group.
      await expect(page.locator('main .article-list')).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: 'Jump to' })).toHaveCount(0);
      await page.screenshot({ path: test.info().outputPath(`home-${width}.png`), fullPage: true });
      await expectNoAxeViolations(page);
    });
  }

  test('a section page lists its articles; an article shows its section as from the folder', async ({
    page,
  }) => {
    await page.goto(`${base}/sections/`);
    await expect(page.locator('main')).toContainText('(2)');
    await page.getByRole('link', { name: 'World news' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('World news');
    const articles = page.locator('main article.summary');
    await expect(articles).toHaveCount(2);
    await expect(articles.first()).toContainText('Section: World news');
    await expectNoAxeViolations(page);
    await articles.first().getByRole('link').first().click();
    const section = page.locator('.story-header li.section');
    await expect(section).toHaveText(/Section World news\s*\(from the folder\)/);
    await page.screenshot({ path: test.info().outputPath('article-1280.png') });
  });

  for (const width of [1280, 390]) {
    test(`the search box keeps its place in the header from page to page (${width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      // The same row on every page, beside the site's name, inside the screen (wide pages such
      // as the report have a wider header, so it sits further right there).
      const rows = [];
      for (const address of ['/', '/sections/', '/quotes/', '/report/', '/stories/']) {
        await page.goto(`${base}${address}`);
        const box = (await page.getByRole('search', { name: 'Site' }).boundingBox())!;
        const name = (await page.locator('.site-name').boundingBox())!;
        expect(box.x + box.width, address).toBeLessThanOrEqual(width);
        expect(box.y, address).toBeLessThan(name.y + name.height);
        rows.push(Math.round(box.y));
      }
      expect(new Set(rows).size).toBe(1);
    });
  }

  test('publishes no folder.yaml, and no README screenshot', async () => {
    const files = readdirSync(outDir, { recursive: true }).map(String);
    expect(files.filter((f) => f.includes('folder.yaml') || f.includes('folder-yaml'))).toEqual([]);
    expect(files.filter((f) => /(^|\/)(docs|screenshots|images)\//.test(f))).toEqual([]);
    const report = await readFile(path.join(outDir, 'report', 'index.html'), 'utf8');
    expect(report).toContain('world/folder.yaml');
    expect(report).toContain('must be a date written YYYY-MM-DD');
  });
});
