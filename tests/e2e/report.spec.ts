import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const SEED_FILES = [
  '000_08b3d2caf78dda72.txt',
  '001_84c988ee36998c84.txt',
  '002_bcd745f28fef5dc2.txt',
  '003_cdde8cab6a7f643b.txt',
  '004_419fdc9e70ec7711.txt',
];

test.describe('corpus report', () => {
  test('lists every input file, sorted, with its status and articles', async ({ page }) => {
    await page.goto('./report/');
    const table = page.getByRole('table');
    await expect(table.locator('caption')).toHaveText('5 input files, by path');
    const rows = table.locator('tbody tr');
    await expect(rows.locator('th .file-path')).toHaveText(SEED_FILES);
    // Status in words, not colour alone.
    for (const status of await rows.locator('td:nth-child(2)').allInnerTexts()) {
      expect(status).toMatch(/^\W*OK$/);
    }
    const split = rows.filter({ hasText: '003_cdde8cab6a7f643b.txt' });
    await expect(split.locator('td.entries a')).toHaveCount(2);
    const newsx = rows.filter({ hasText: '004_419fdc9e70ec7711.txt' });
    await expect(newsx.locator('td.num')).toHaveText('6');

    await split.getByRole('link', { name: /The Russian president lands in New Delhi/ }).click();
    await expect(page).toHaveURL(/\/articles\/003_cdde8cab6a7f643b-part-2\/$/);
  });

  test('sums up the corpus', async ({ page }) => {
    await page.goto('./report/');
    const count = (label: string) =>
      page.locator('.counts div', { has: page.locator('dt', { hasText: label }) }).locator('dd');
    await expect(count('Files read')).toHaveText('5');
    await expect(count('Files skipped')).toHaveText('0');
    await expect(count('Articles')).toHaveText('6');
    await expect(count('Warnings')).toHaveText('0');
  });

  test('has no axe violations in light and dark', async ({ page }) => {
    await page.goto('./report/');
    await expectNoAxeViolations(page);
  });
});

test.describe('corpus report on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('the wide table is a labelled, focusable scroll region with a visible hint', async ({
    page,
  }) => {
    await page.goto('./report/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const region = page.getByRole('region', { name: /input files, by path/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region).toHaveAccessibleDescription(/scroll it sideways/);
    await expect(page.locator('.table-scroll-hint')).toBeVisible();
    const overflows = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(overflows).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});
