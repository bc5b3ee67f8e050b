import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

test.describe('site-wide', () => {
  test('a missing page answers 404 with a way back', async ({ page }) => {
    const response = await page.goto('./no/such/page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Browse all articles' })).toHaveAttribute(
      'href',
      '/',
    );
    await main.getByRole('link', { name: 'Open the corpus report' }).click();
    await expect(page).toHaveURL(/\/report\/$/);
  });

  test('the 404 page has no axe violations', async ({ page }) => {
    await page.goto('./no/such/page/');
    await expectNoAxeViolations(page);
  });

  test('the skip link comes first and moves focus to main', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    // The next Tab continues inside main.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  test('header navigation marks the current page', async ({ page }) => {
    await page.goto('./report/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Corpus report' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await nav.getByRole('link', { name: 'Articles' }).click();
    await expect(nav.getByRole('link', { name: 'Articles' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await page.getByRole('link', { name: 'Clippings' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('pages load no inline scripts or styles', async ({ page }) => {
    // Scripts are external, Astro-bundled modules only (ready for a strict CSP); no inline code.
    for (const path of ['./', './report/', './articles/003_cdde8cab6a7f643b/']) {
      await page.goto(path);
      await expect(page.locator('script:not([src])')).toHaveCount(0);
      for (const type of await page
        .locator('script[src]')
        .evaluateAll((all) => all.map((s) => s.getAttribute('type')))) {
        expect(type, path).toBe('module');
      }
      await expect(page.locator('style')).toHaveCount(0);
    }
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('pages fit 320px without sideways scrolling', async ({ page }) => {
    for (const path of [
      './',
      './articles/004_419fdc9e70ec7711/',
      './articles/003_cdde8cab6a7f643b-part-2/',
      './report/',
      './no/such/page/',
    ]) {
      await page.goto(path);
      await page
        .locator('details.source-panel')
        .evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
    }
  });

  test('an article has no axe violations at 320px', async ({ page }) => {
    await page.goto('./articles/003_cdde8cab6a7f643b/#p2');
    await page.locator('details.source-panel summary').click();
    await expectNoAxeViolations(page);
  });
});
