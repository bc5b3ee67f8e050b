import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const CNN = '000_08b3d2caf78dda72';

const field = (page: Page): Locator => page.locator('#search-q');
const hits = (page: Page): Locator => page.locator('[data-search-results] > li');
const status = (page: Page): Locator => page.locator('[data-search-status]');

test.describe('search', () => {
  test('the header search box is a GET form to /search/ on every page', async ({ page }) => {
    await page.goto('./quotes/');
    const box = page.getByRole('search', { name: 'Site' });
    await expect(box).toHaveAttribute('action', '/search/');
    await expect(box).toHaveAttribute('method', 'get');
    await box.getByRole('combobox').fill('two to tango');
    await box.getByRole('combobox').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=two\+to\+tango#results$/);
    await expect(field(page)).toHaveValue('two to tango');
    await expect(hits(page).first()).toBeVisible();
  });

  test('“two to tango” finds the Trump quote, linked to its page', async ({ page }) => {
    await page.goto('./search/');
    await field(page).fill('two to tango');
    const first = hits(page).first();
    await expect(first).toHaveClass(/search-hit-quote/);
    await expect(first.locator('.hit-speaker')).toHaveText('Donald Trump');
    await expect(first).toContainText('CNN');
    await expect(first.locator('mark').first()).toBeVisible();
    const link = first.getByRole('link');
    await expect(link).toContainText('two to tango');
    await expect(link).toHaveAttribute('href', /^\/quotes\/q[0-9a-f]+\/$/);
    await expect(page).toHaveURL(/\?q=two\+to\+tango$/);
    await expect(status(page)).toHaveAttribute('aria-live', 'polite');
    await expect(status(page)).toHaveText(/^\d+ results? for “two to tango”/);
    await link.click();
    await expect(page).toHaveURL(/\/quotes\/q[0-9a-f]+\/$/);
  });

  test('an exact phrase in quotes matches only the phrase', async ({ page }) => {
    await page.goto('./search/?q=%22two+to+tango%22');
    await expect(field(page)).toHaveValue('"two to tango"');
    await expect(hits(page).first()).toBeVisible();
    for (const hit of await hits(page).all()) {
      await expect(hit.locator('mark')).toContainText(['two to tango']);
    }
    // The reworded quote ("two people to tango") is not the phrase.
    await expect(page.locator('[data-search-results]')).not.toContainText('two people to tango');
  });

  test('misspelt names find the article: Witkov → Witkoff', async ({ page }) => {
    await page.goto('./search/?q=Witkov&type=articles');
    await expect(page.locator('input[name="type"][value="articles"]')).toBeChecked();
    await expect(hits(page).first()).toBeVisible();
    await expect(
      page.locator('[data-search-results] mark', { hasText: 'Witkoff' }).first(),
    ).toBeVisible();
    const link = hits(page).filter({ hasText: 'Witkoff' }).first().getByRole('link');
    await expect(link).toHaveAttribute('href', /^\/articles\/[^/]+\/#p\d+$/);
  });

  test('the address keeps the search: reload and Back restore it', async ({ page }) => {
    await page.goto('./search/');
    await field(page).fill('Zelensky');
    await expect(page).toHaveURL(/\?q=Zelensky$/);
    await expect(hits(page).first()).toContainText(/Zelensky/);
    await page.locator('input[name="type"][value="quotes"]').check();
    await expect(page).toHaveURL(/\?q=Zelensky&type=quotes$/);
    await expect(hits(page).first()).toHaveClass(/search-hit-quote/);
    await page.reload();
    await expect(field(page)).toHaveValue('Zelensky');
    await expect(page.locator('input[name="type"][value="quotes"]')).toBeChecked();
    await expect(hits(page).first()).toHaveClass(/search-hit-quote/);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=Zelensky$/);
    await expect(page.locator('input[name="type"][value="all"]')).toBeChecked();
  });

  test('keyboard: / focuses, arrows and Enter open a result, Escape clears', async ({ page }) => {
    await page.goto(`./articles/${CNN}/`);
    await page.keyboard.press('/');
    await expect(page.getByRole('search', { name: 'Site' }).getByRole('combobox')).toBeFocused();
    await page.goto('./search/');
    await page.locator('body').press('/');
    await expect(field(page)).toBeFocused();
    await page.keyboard.type('Donbass');
    // The results of the whole word, not of a prefix typed on the way (those are replaced).
    await expect(status(page)).toContainText('for “Donbass”');
    await expect(hits(page).nth(1)).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(hits(page).nth(0).getByRole('link')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(hits(page).nth(1).getByRole('link')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(field(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(field(page)).toHaveValue('');
    await expect(hits(page)).toHaveCount(0);
    await expect(page).toHaveURL(/\/search\/$/);

    await page.keyboard.type('two to tango');
    await expect(hits(page).first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    const href = await hits(page).first().getByRole('link').getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test('counts the matches and pages through every one, the page in the address', async ({
    page,
  }) => {
    test.setTimeout(120_000); // five pages, each a click and a search, on a shared machine
    await page.goto('./search/?q=putin&per=5');
    await expect(status(page)).toHaveText(/^(\d+) results for “putin”; showing 1–5\.$/);
    const total = Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(10);
    const pages = Math.ceil(total / 5);
    const pager = page.getByRole('navigation', { name: 'Results pages' });
    await expect(pager).toContainText(`Page 1 of ${pages}`);
    const seen: string[] = [];
    for (let n = 1; n <= pages; n++) {
      await expect(pager).toContainText(`Page ${n} of ${pages}`);
      await expect(hits(page).first()).toBeVisible();
      for (const link of await hits(page).getByRole('link').all()) {
        seen.push((await link.getAttribute('href')) ?? '');
      }
      if (n === pages) {
        await expect(pager.getByRole('link', { name: 'Next page' })).toHaveCount(0);
        break;
      }
      await pager.getByRole('link', { name: 'Next page' }).click();
      await expect(page).toHaveURL(new RegExp(`\\?q=putin&page=${n + 1}&per=5$`));
      await expect(page.locator('#results')).toBeFocused();
      await expect(status(page)).toContainText(`showing ${n * 5 + 1}–`);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    // Back returns to the page before; the address alone reproduces a page.
    await page.goBack();
    await expect(pager).toContainText(`Page ${pages - 1} of ${pages}`);
    const second = seen.slice(5, 10);
    await page.goto('./search/?q=putin&page=2&per=5');
    await expect(page.locator('[data-search-results]')).toHaveAttribute('start', '6');
    await expect(hits(page)).toHaveCount(5);
    expect(
      await hits(page)
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual(second);
    await expectNoAxeViolations(page);
  });

  test('Esc clears the search and Back brings it back', async ({ page }) => {
    await page.goto('./search/?q=Donbass');
    await expect(hits(page).first()).toBeVisible();
    await field(page).press('Escape');
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(hits(page)).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(/\?q=Donbass$/);
    await expect(field(page)).toHaveValue('Donbass');
    await expect(hits(page).first()).toBeVisible();
  });

  test('downloads every result, not only the page shown, as CSV and JSON Lines', async ({
    page,
  }) => {
    await page.goto('./search/?q=putin&per=5');
    await expect(status(page)).toHaveText(/^\d+ results/);
    const total = Number(/^(\d+)/.exec((await status(page).textContent()) ?? '')?.[1]);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download results as CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('clippings-search-putin.csv');
    const text = readFileSync((await csv.path()) ?? '', 'utf8');
    const header = 'quote_id,article_id,url,date,outlet,speaker,cue,via,text,kind,rule';
    expect(text.startsWith(`${header}\r\n`)).toBe(true);
    const [jsonl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download results as JSON Lines' }).click(),
    ]);
    expect(jsonl.suggestedFilename()).toBe('clippings-search-putin.jsonl');
    const rows = readFileSync((await jsonl.path()) ?? '', 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, string | null>);
    expect(rows).toHaveLength(total);
    expect(Object.keys(rows[0] ?? {}).join(',')).toBe(header);
    expect(rows.every((r) => r.url?.startsWith('http://127.0.0.1:'))).toBe(true);
    expect(rows.some((r) => r.quote_id && r.speaker === 'Vladimir Putin')).toBe(true);
    await expect(
      page.getByRole('button', { name: 'Download results as JSON Lines' }),
    ).toBeFocused();
  });

  test('the header box lists the top results as you type: a combobox for the keyboard', async ({
    page,
  }) => {
    await page.goto(`./articles/${CNN}/`);
    const box = page.getByRole('combobox', { name: 'Search articles and quotes' });
    await box.focus();
    await page.keyboard.type('two to tango');
    const listbox = page.getByRole('listbox', { name: 'Top results' });
    await expect(listbox).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = listbox.getByRole('option');
    await expect(options.first()).toContainText('two to tango');
    await expect(options.last()).toContainText(/All \d+ results? for “two to tango”/);
    await expectNoAxeViolations(page);
    await page.keyboard.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    const first = await options.first().getAttribute('id');
    await expect(box).toHaveAttribute('aria-activedescendant', first ?? '');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(box).not.toHaveAttribute('aria-activedescendant');
    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveValue('two to tango');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/quotes\/q[0-9a-f]+\/$/);
  });

  test('Enter in the header box opens the search page with the focus on the results', async ({
    page,
  }) => {
    await page.goto(`./articles/${CNN}/`);
    const box = page.getByRole('combobox', { name: 'Search articles and quotes' });
    await box.fill('Donbass');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Donbass#results$/);
    await expect(hits(page).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(hits(page).first().getByRole('link')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(hits(page).nth(1).getByRole('link')).toBeFocused();
    // Esc goes back to the field, a second clears it; Back brings the search back.
    await page.keyboard.press('Escape');
    await expect(field(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(field(page)).toHaveValue('');
    await page.goBack();
    await expect(field(page)).toHaveValue('Donbass');
    await expect(hits(page).first()).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/articles/${CNN}/$`));
  });

  test('a paragraph result links to its anchor, highlighted on arrival', async ({ page }) => {
    await page.goto('./search/?q=Witkov&type=articles');
    const link = hits(page).first().getByRole('link');
    const href = (await link.getAttribute('href')) ?? '';
    const anchor = href.split('#')[1] ?? '';
    expect(anchor).toMatch(/^p\d+$/);
    await link.click();
    await expect(page.locator(`#${anchor}`)).toBeInViewport();
    await expect(page.locator(`#${anchor}:target`)).toHaveCount(1);
  });

  test('filters live in the address', async ({ page }) => {
    await page.goto('./search/?q=meeting&type=quotes&speaker=Marco+Rubio');
    await expect(page.getByLabel('Speaker (quotes)')).toHaveValue('Marco Rubio');
    await expect(hits(page).first()).toBeVisible();
    for (const speaker of await page.locator('.hit-speaker').allTextContents()) {
      expect(speaker).toBe('Marco Rubio');
    }
    await page.getByLabel('Outlet').selectOption('NewsX');
    await expect(page).toHaveURL(/speaker=Marco\+Rubio&outlet=NewsX$/);
  });

  test('no results are said so', async ({ page }) => {
    await page.goto('./search/?q=xylophonequartet');
    await expect(status(page)).toHaveText('No results for “xylophonequartet”.');
  });

  test('the header search box is accessible on an article page', async ({ page }) => {
    await page.goto(`./articles/${CNN}/`);
    await expect(page.getByRole('search', { name: 'Site' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('is accessible, with results, in light and dark', async ({ page }) => {
    await page.goto('./search/?q=putin');
    await expect(hits(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('says search needs JavaScript and links to the indexes', async ({ page }) => {
    await page.goto('./search/?q=tango');
    const note = page.locator('[data-no-script-note]');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Search needs JavaScript');
    await expect(note.getByRole('link', { name: 'all quotes' })).toHaveAttribute(
      'href',
      '/quotes/',
    );
    await expect(note.getByRole('link', { name: 'the speakers' })).toHaveAttribute(
      'href',
      '/speakers/',
    );
    await expect(note.getByRole('link', { name: 'all articles' })).toHaveAttribute('href', '/');
  });
});
