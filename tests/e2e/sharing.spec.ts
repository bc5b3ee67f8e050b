/**
 * Sharing: link previews (Open Graph, Twitter cards, share images), feeds, the corpus as data,
 * copy link and citations. The suite's build has `CLIPPINGS_SITE` set (playwright.config.ts), so
 * shared addresses are absolute.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const CNN = '000_08b3d2caf78dda72';
const NEWSX = '004_419fdc9e70ec7711';
const PORT = Number(process.env['CLIPPINGS_E2E_PORT'] ?? 4399);
const SITE = `http://127.0.0.1:${PORT}/`;

async function meta(page: Page, key: string): Promise<string | null> {
  const el = page.locator(`meta[property="${key}"], meta[name="${key}"]`).first();
  return (await el.count()) ? el.getAttribute('content') : null;
}

/** Fetches a PNG and reads its size from the IHDR header. */
async function pngSize(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');
  const bytes = await response.body();
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function firstQuotePath(page: Page): Promise<string> {
  await page.goto('./quotes/');
  const href = await page.locator('main a[href^="/quotes/q"]').first().getAttribute('href');
  expect(href).toMatch(/^\/quotes\/q[0-9a-f]+\/$/);
  return `.${href ?? ''}`;
}

test.describe('link previews', () => {
  test('home, article and quote pages have absolute OG and Twitter tags', async ({
    page,
    request,
  }) => {
    const quote = await firstQuotePath(page);
    for (const [path, type] of [
      ['./', 'website'],
      [`./articles/${CNN}/`, 'article'],
      [quote, 'article'],
    ] as const) {
      await page.goto(path);
      const url = new URL(path, SITE).href;
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
      expect(await meta(page, 'og:url'), path).toBe(url);
      expect(await meta(page, 'og:type'), path).toBe(type);
      expect(await meta(page, 'og:title'), path).toBeTruthy();
      expect(await meta(page, 'og:description'), path).toBeTruthy();
      expect(await meta(page, 'og:image:alt'), path).toBeTruthy();
      expect(await meta(page, 'og:image:width')).toBe('1200');
      expect(await meta(page, 'og:image:height')).toBe('630');
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(await meta(page, 'twitter:title')).toBe(await meta(page, 'og:title'));
      const image = await meta(page, 'og:image');
      expect(image, path).toMatch(new RegExp(`^${SITE.replaceAll('.', '\\.')}og/.+\\.png$`));
      expect(await meta(page, 'twitter:image')).toBe(image);
      expect(await pngSize(request, image ?? '')).toEqual({ width: 1200, height: 630 });
    }
  });

  test('an article names its date, authors and its own share image', async ({ page }) => {
    await page.goto(`./articles/${CNN}/`);
    expect(await meta(page, 'article:published_time')).toBe('2025-12-04');
    const authors = await page
      .locator('meta[property="article:author"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('content')));
    expect(authors).toEqual(['Jessie Yeung', 'Svitlana Vlasova']);
    expect(await meta(page, 'og:image')).toBe(`${SITE}og/articles/${CNN}.png`);
  });

  test('a quote page has the quote card as its image', async ({ page }) => {
    const quote = await firstQuotePath(page);
    await page.goto(quote);
    const id = /q[0-9a-f]+/.exec(quote)?.[0];
    expect(await meta(page, 'og:image')).toBe(`${SITE}og/quotes/${id}.png`);
    // The share title says who, then the words; the description holds the whole quote.
    const words = (await page.locator('.quote-lead blockquote').textContent())?.trim() ?? '';
    const who = (await page.locator('.quote-lead figcaption a').first().textContent())?.trim();
    expect((await meta(page, 'og:title'))?.startsWith(`${who ?? 'Unattributed'}: “`)).toBe(true);
    expect(await meta(page, 'og:description')).toContain(words);
  });
});

test.describe('feeds and data', () => {
  test('robots.txt names the sitemap, and the sitemap lists the articles', async ({ request }) => {
    const robots = await (await request.get('./robots.txt')).text();
    expect(robots).toContain('User-agent: *');
    expect(robots).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
    const index = await (await request.get('./sitemap-index.xml')).text();
    const sitemapUrl = /<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? '';
    const sitemap = await (await request.get(sitemapUrl)).text();
    expect(sitemap).toContain(`<loc>${SITE}articles/${CNN}/</loc>`);
    expect(sitemap).toContain(`<loc>${SITE}</loc>`);
  });

  test('the RSS feed is XML listing the articles', async ({ page, request }) => {
    const response = await request.get('./rss.xml');
    expect(response.headers()['content-type']).toMatch(/xml/);
    const xml = await response.text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        links: [...doc.querySelectorAll('item > link')].map((l) => l.textContent),
        titles: [...doc.querySelectorAll('item > title')].map((l) => l.textContent),
      };
    }, xml);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('rss');
    expect(parsed.links).toContain(`${SITE}articles/${NEWSX}/`);
    expect(parsed.titles).toContain(
      'Putin warns Russia may expand Ukraine war if peace talks fail',
    );
    expect(parsed.links.length).toBe(6);
  });

  test('the JSON Feed parses and lists the articles, newest first', async ({ request }) => {
    const feed = (await (await request.get('./feed.json')).json()) as {
      version: string;
      feed_url: string;
      items: { id: string; url: string; title: string; date_published?: string }[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${SITE}feed.json`);
    expect(feed.items).toHaveLength(6);
    expect(feed.items.map((i) => i.url)).toContain(`${SITE}articles/${CNN}/`);
    const dates = feed.items.flatMap((i) => (i.date_published ? [i.date_published] : []));
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('articles.jsonl is exactly what inspect prints', async ({ request }) => {
    const text = await (await request.get('./data/articles.jsonl')).text();
    const served = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'inspect', '--', 'content'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const printed = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .map((r) => ({ ...r, file: String(r['file']).replace(/^content\//, '') }));
    expect(served).toEqual(printed);
    expect(served.length).toBeGreaterThanOrEqual(6);
  });

  test('quotes.jsonl and quotes.csv hold one record per quote', async ({ page, request }) => {
    const lines = (await (await request.get('./data/quotes.jsonl')).text())
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    await page.goto('./quotes/');
    const total = await page.locator('main .quote-list > li').count();
    expect(lines).toHaveLength(total);
    const first = lines[0] ?? {};
    expect(first['url']).toBe(`${SITE}quotes/${String(first['quote_id'])}/`);
    expect(first).toHaveProperty('quote.text', first['text']);

    const csvResponse = await request.get('./data/quotes.csv');
    expect(csvResponse.headers()['content-type']).toMatch(/text\/csv/);
    const csv = await csvResponse.text();
    expect(csv.split('\r\n')[0]).toBe(
      'quote_id,article_id,url,date,outlet,speaker,cue,via,text,kind,rule',
    );
    // Every quote id appears at the start of a row.
    for (const line of lines) expect(csv).toContain(`\r\n${String(line['quote_id'])},`);
  });

  test('the footer and the corpus report link the feeds and data', async ({ page }) => {
    await page.goto('./report/');
    const footer = page.getByRole('navigation', { name: 'Feeds and data' });
    for (const [name, href] of [
      ['RSS feed', '/rss.xml'],
      ['JSON Feed', '/feed.json'],
      ['Quotes (CSV)', '/data/quotes.csv'],
    ] as const) {
      await expect(footer.getByRole('link', { name })).toHaveAttribute('href', href);
    }
    const section = page.locator('section.data-downloads');
    await expect(section.getByRole('link', { name: 'articles.jsonl' })).toHaveAttribute(
      'href',
      '/data/articles.jsonl',
    );
  });
});

test.describe('copy link and citations', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link on a paragraph copies its absolute address and says so', async ({ page }) => {
    await page.goto(`./articles/${NEWSX}/`);
    const button = page.locator('#p3').getByRole('button', { name: 'Copy link to paragraph 3' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText(
      'Link copied',
    );
    // Shown, not only announced.
    await expect(page.locator('#p3 .copy-note')).toBeVisible();
    await expect(page.locator('#p3 .copy-note')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${SITE}articles/${NEWSX}/#p3`,
    );
    // The ¶ anchor is still there.
    await expect(
      page.locator('#p3').getByRole('link', { name: 'Paragraph 3: link' }),
    ).toBeVisible();
  });

  test('copy link on a quote page copies the quote page address', async ({ page }) => {
    const quote = await firstQuotePath(page);
    await page.goto(quote);
    await page.getByRole('button', { name: 'Copy link to this quote' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(quote, SITE).href,
    );
  });

  test('an article offers a citation in three formats, each copyable', async ({ page }) => {
    await page.goto(`./articles/${CNN}/`);
    const details = page.locator('details.citation');
    await details.locator('summary').click();
    await expect(details.locator('#cite-text')).toContainText(
      'Jessie Yeung and Svitlana Vlasova. “',
    );
    await expect(details.locator('#cite-text')).toContainText(`${SITE}articles/${CNN}/`);
    await expect(details.locator('#cite-bibtex')).toContainText(`@article{clippings:${CNN},`);
    const csl = JSON.parse((await details.locator('#cite-csl').textContent()) ?? '') as unknown[];
    expect(csl[0]).toMatchObject({ id: CNN, type: 'article-newspaper' });
    await details.getByRole('button', { name: 'Copy BibTeX citation' }).click();
    await expect(page.getByRole('status')).toHaveText('BibTeX citation copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@article\{/);
    await expectNoAxeViolations(page);
  });

  test('a quote page offers a citation', async ({ page }) => {
    const quote = await firstQuotePath(page);
    await page.goto(quote);
    const details = page.locator('details.citation');
    await details.locator('summary').click();
    await expect(details.locator('#cite-bibtex')).toContainText('@misc{clippings-quote:q');
    await expect(details.locator('#cite-text')).toContainText('Quoted in');
    await expectNoAxeViolations(page);
  });

  test('without JavaScript the ¶ anchors remain and no copy buttons show', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(`articles/${NEWSX}/#p3`, SITE).href);
    await expect(page.locator('#p3 a.anchor')).toHaveAttribute('href', '#p3');
    await expect(page.locator('#p3 button')).toHaveCount(0);
    await expect(page.locator('details.citation button:visible')).toHaveCount(0);
    expect(await page.locator('#p3').evaluate((el) => el.matches(':target'))).toBe(true);
    await context.close();
  });
});
