/**
 * A term and a name in quotation marks are shown as what they are, never as someone's words: a
 * one-article corpus (`tests/fixtures/quote-kinds/`, written for this test) built into a folder
 * of its own and served from it. The quote page of a term or a name says what it is and gives no
 * speaker (never "no speaker found"); the speaker's page lists only their words; axe is clean.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const CONTENT = path.resolve(import.meta.dirname, '../fixtures/quote-kinds');
const ARTICLE = '/articles/riverside/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

let work = '';
let server: Server;
let base = '';

test.describe('terms and names in quotation marks', () => {
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  test.beforeAll(async () => {
    // A build of its own: minutes on a busy machine.
    test.setTimeout(300_000);
    work = await mkdtemp(path.join(tmpdir(), 'clippings-quote-kinds-'));
    const outDir = path.join(work, 'dist');
    await promisify(execFile)(
      process.execPath,
      ['tests/fixtures/build-site.ts', outDir, path.join(work, 'cache')],
      {
        env: { ...process.env, CLIPPINGS_CONTENT: CONTENT, CLIPPINGS_SHARE_IMAGES: 'off' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    server = createServer((req, res) => {
      const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const file = path.join(outDir, rel.endsWith('/') ? `${rel}index.html` : rel);
      readFile(file).then(
        (body) =>
          res
            .writeHead(200, {
              'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
            })
            .end(body),
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

  /** Opens the quote page of the quote with these words, from the article's list of quotes. */
  async function openQuote(page: Page, words: string): Promise<void> {
    await page.goto(`${base}${ARTICLE}`);
    const card = page.locator('.quote-card').filter({ hasText: `“${words}”` });
    await card.getByRole('link', { name: /^About this quote/ }).click();
    await expect(page.locator('.quote-lead blockquote')).toHaveText(`“${words}”`);
  }

  for (const [words, heading, kind] of [
    ['green corridor', 'A term in quotation marks', /^A word or phrase the article holds up/],
    ['Old Wobbly', 'A name in quotation marks', /^A name in quotation marks \(a nickname/],
  ] as const)
    test(`the quote page of “${words}” says what it is, with no speaker`, async ({ page }) => {
      await openQuote(page, words);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('.quote-lead figcaption')).toContainText('not someone’s words');
      const facts = page.locator('.quote-facts');
      const fact = (term: string) => facts.locator('dt', { hasText: term }).locator('+ dd');
      await expect(fact('Speaker')).toHaveText('Not someone’s words, so no speaker is given');
      await expect(fact('Kind')).toHaveText(kind);
      await expect(page.locator('main')).not.toContainText('no speaker found');
      for (const part of ['h1', '.quote-lead', '.quote-facts', '.citation'])
        await expect(page.locator(part).first()).not.toContainText('Unattributed');
      await expect(page.locator('.quote-lead a[href^="/speakers/"]')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });

  test('the speaker’s page lists their words, not the term or the name', async ({ page }) => {
    await openQuote(page, 'We have waited ten years for this, and now the work can begin,');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quote from Mary Holt');
    await page.locator('.quote-lead').getByRole('link', { name: 'Mary Holt' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Mary Holt');
    const quotes = page.locator('.quote-card blockquote');
    await expect(quotes).toHaveCount(1);
    await expect(quotes).toContainText('We have waited ten years');
    await expect(page.locator('main')).not.toContainText('green corridor');
    await expect(page.locator('main')).not.toContainText('Old Wobbly');
  });
});
