/**
 * The index pages at a scale where they have several pages: a site built from every 7th file
 * (318) of the BBC corpus (`../shared/data/bbc`, third-party test material, never committed;
 * skipped, saying so, when it is not there), served by a small static server. Paging without
 * JavaScript, A–Z and kind jumps, the finder, no page over 300 KB, axe on the new pages.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlOverLimit } from '../bench/lib/page-weight.ts';
import { serve } from '../bench/lib/site.ts';
import { expectNoAxeViolations } from './a11y.ts';

const BBC = path.resolve(import.meta.dirname, '../../../shared/data/bbc');
const EVERY = 7;

test.describe.configure({ mode: 'serial' });
test.skip(!existsSync(BBC), `needs the BBC corpus at ${BBC}`);

let work = '';
let outDir = '';
let origin = '';
let close: () => void = () => undefined;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  work = mkdtempSync(path.join(tmpdir(), 'clippings-index-pages-'));
  const content = path.join(work, 'content');
  mkdirSync(content);
  for (const name of readdirSync(BBC)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .filter((_, i) => i % EVERY === 0)) {
    copyFileSync(path.join(BBC, name), path.join(content, name));
  }
  outDir = path.join(work, 'dist');
  const built = spawnSync(
    process.execPath,
    ['tests/fixtures/build-site.ts', outDir, path.join(work, 'cache')],
    {
      env: { ...process.env, CLIPPINGS_CONTENT: content, CLIPPINGS_SHARE_IMAGES: 'off' },
      encoding: 'utf8',
    },
  );
  expect(built.status, built.stderr).toBe(0);
  const served = await serve(outDir);
  origin = served.url;
  close = () => served.server.close();
});

test.afterAll(() => {
  close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('no HTML page is over 300 KB', () => {
  expect(htmlOverLimit(outDir)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const list of ['quotes', 'speakers', 'entities', 'report']) {
    test(`/${list}/ pages link to each other`, async ({ page }) => {
      await page.goto(`${origin}/${list}/`);
      const pager = page.getByRole('navigation', { name: /^Pages of / }).first();
      await expect(pager).toContainText(/Page 1 of \d+/);
      await pager.getByRole('link', { name: /Older|Next/ }).click();
      await expect(page).toHaveURL(`${origin}/${list}/2/`);
      await expect(page.getByRole('navigation', { name: /^Pages of / }).first()).toContainText(
        /Page 2 of \d+/,
      );
      await expect(page).toHaveTitle(/\(page 2\)/);
      await page
        .getByRole('navigation', { name: /^Pages of / })
        .first()
        .getByRole('link', { name: /Newer|Previous/ })
        .click();
      await expect(page).toHaveURL(`${origin}/${list}/`);
      await expect(page.getByRole('combobox')).toBeHidden();
    });
  }

  test('the A–Z links go to the page and the first name of the letter', async ({ page }) => {
    await page.goto(`${origin}/speakers/`);
    const jumps = page.getByRole('navigation', { name: 'Speakers A–Z' });
    await jumps.getByRole('link', { name: 'T', exact: true }).click();
    await expect(page).toHaveURL(/\/speakers\/(\d+\/)?#letter-t$/);
    await expect(page.locator('#letter-t a')).toHaveText(/^T/i);
  });
});

test('the speaker finder opens a speaker’s page by keyboard', async ({ page }) => {
  await page.goto(`${origin}/speakers/2/`);
  const finder = page.getByRole('combobox', { name: 'Find a speaker' });
  await finder.pressSequentially('blair');
  await expect(page.getByRole('option').first()).toContainText('Tony Blair');
  await finder.press('ArrowDown');
  await finder.press('Enter');
  await expect(page).toHaveURL(/\/speakers\/tony-blair\/$/);
});

for (const address of ['/quotes/2/', '/speakers/2/', '/entities/2/', '/report/2/']) {
  test(`${address} has no axe violations`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(`${origin}${address}`);
    await expectNoAxeViolations(page);
  });
}
