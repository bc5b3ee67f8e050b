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
    await box.getByRole('searchbox').fill('two to tango');
    await box.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=two\+to\+tango$/);
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
    await expect(page.getByRole('search', { name: 'Site' }).getByRole('searchbox')).toBeFocused();
    await page.goto('./search/');
    await page.locator('body').press('/');
    await expect(field(page)).toBeFocused();
    await page.keyboard.type('Donbass');
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
