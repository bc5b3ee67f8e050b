import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

test.describe('home page', () => {
  test('lists every seed article, newest first, undated last, ties by id', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveTitle(/Clippings/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');

    const items = page.locator('main .article-list > li');
    await expect(items).toHaveCount(6);

    const rows = await items.evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
        title: li.querySelector('h3')?.textContent?.trim() ?? '',
        date: li.querySelector('time')?.getAttribute('datetime') ?? null,
      })),
    );
    for (const row of rows) {
      expect(row.href).toMatch(/^\/articles\/[^/]+\/$/);
      expect(row.title).not.toBe('');
    }
    const dated = rows.filter((r) => r.date !== null);
    const undated = rows.filter((r) => r.date === null);
    // The seed corpus: the CNN article (2025-12-04) and three more of its story, dated from it;
    // two undated.
    expect(dated.map((r) => r.date)).toEqual([
      '2025-12-04',
      '2025-12-04',
      '2025-12-04',
      '2025-12-04',
    ]);
    expect(undated).toHaveLength(2);
    // Dated before undated, dates never increasing, undated in id order.
    expect(rows.slice(0, dated.length)).toEqual(dated);
    const dates = dated.map((r) => r.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const undatedIds = undated.map((r) => r.href.slice('/articles/'.length, -1));
    expect(undatedIds).toEqual([...undatedIds].sort());

    // Grouped: a month heading, then "Undated".
    const groups = page.locator('main section.month > h2');
    await expect(groups).toHaveText([/December 2025\s*\(4\)/, /Undated\s*\(2\)/]);
  });

  test('shows dek, outlet, date and byline of an item', async ({ page }) => {
    await page.goto('./');
    const cnn = page.locator('main .article-list > li').first();
    await expect(cnn.locator('time')).toHaveAttribute('datetime', '2025-12-04');
    await expect(cnn.locator('time')).toHaveText('4 December 2025');
    await expect(cnn).toContainText('CNN');
    await expect(cnn).toContainText('By Jessie Yeung and Svitlana Vlasova');
    const newsx = page.locator('main .article-list > li', { hasText: 'NewsX' });
    await expect(newsx.locator('.dek')).toContainText('insists on no concessions');
    await expect(newsx).toContainText('By Zubair Amin');
  });

  test('states the corpus counts and links to the report', async ({ page }) => {
    await page.goto('./');
    const lede = page.locator('main .lede');
    await expect(lede).toContainText('6 articles from 5 files');
    await lede.getByRole('link', { name: 'See the corpus report' }).click();
    await expect(page).toHaveURL(/\/report\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corpus report');
  });

  test('has no axe violations in light and dark', async ({ page }) => {
    await page.goto('./');
    await expectNoAxeViolations(page);
  });
});
