/**
 * The whole site under a base path: builds the seeds with `CLIPPINGS_BASE=/clips` (and a site
 * address) into a folder of its own, then follows every internal link and asset of every page
 * (href, src, canonical, share images) and of the feeds, and expects each to be a built file.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const SITE = 'https://example.org';
const BASE = '/clips';

async function htmlFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) found.push(...(await htmlFiles(full)));
    else if (item.name.endsWith('.html')) found.push(full);
  }
  return found;
}

const decode = (value: string): string =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

test.describe('base path', () => {
  test.describe.configure({ timeout: 240_000 });

  test('every internal link and asset resolves to a built file under /clips', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'clippings-base-'));
    const outDir = path.join(work, 'dist');
    try {
      // Its own output and content-layer cache (tests/fixtures/build-site.ts), so that it does not
      // race other test builds; once more if a concurrent build still got in the way.
      const build = () =>
        promisify(execFile)(
          process.execPath,
          ['tests/fixtures/build-site.ts', outDir, path.join(work, 'cache')],
          {
            env: { ...process.env, CLIPPINGS_BASE: BASE, CLIPPINGS_SITE: SITE },
            maxBuffer: 64 * 1024 * 1024,
          },
        );
      await build().catch(build);
      const toFile = (address: string, from: string): string | null => {
        const url = new URL(address, from);
        if (url.origin !== SITE) return null;
        expect(url.pathname.startsWith(`${BASE}/`), `${address} on ${from}`).toBe(true);
        const rest = decodeURIComponent(url.pathname.slice(BASE.length));
        return path.join(outDir, rest.endsWith('/') ? `${rest}index.html` : rest);
      };

      const pages = await htmlFiles(outDir);
      expect(pages.length).toBeGreaterThan(40);
      const missing: string[] = [];
      let checked = 0;
      for (const file of pages) {
        const rel = path.relative(outDir, file).split(path.sep).join('/');
        const pageUrl = `${SITE}${BASE}/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
        const html = await readFile(file, 'utf8');
        const addresses = [
          ...html.matchAll(/\s(?:href|src)="([^"]*)"/g),
          ...html.matchAll(
            /<meta (?:property|name)="(?:og:image|og:url|twitter:image)" content="([^"]*)"/g,
          ),
        ].map((m) => decode(m[1] ?? ''));
        for (const address of addresses) {
          if (address === '' || address.startsWith('#') || /^(mailto|data):/.test(address))
            continue;
          const target = toFile(address, pageUrl);
          if (target === null) continue;
          checked++;
          if (!existsSync(target)) missing.push(`${rel}: ${address}`);
        }
      }
      expect(missing).toEqual([]);
      expect(checked).toBeGreaterThan(500);

      // The feeds and data point into the base path too.
      const feed = JSON.parse(await readFile(path.join(outDir, 'feed.json'), 'utf8')) as {
        items: { url: string }[];
      };
      for (const item of feed.items) {
        const target = toFile(item.url, `${SITE}${BASE}/`);
        expect(target && existsSync(target), item.url).toBe(true);
      }
      const robots = await readFile(path.join(outDir, 'robots.txt'), 'utf8');
      expect(robots).toContain(`Sitemap: ${SITE}${BASE}/sitemap-index.xml`);
      expect(existsSync(path.join(outDir, 'sitemap-index.xml'))).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
