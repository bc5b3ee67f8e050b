/**
 * Regenerates the README screenshots in `docs/images/`. Skipped unless asked for:
 * `SCREENSHOTS=1 npm run test:e2e -- screenshots`.
 */
import { expect, test } from '@playwright/test';

test.describe('README screenshots', () => {
  test.skip(!process.env['SCREENSHOTS'], 'set SCREENSHOTS=1 to regenerate the screenshots');
  test.use({ viewport: { width: 1200, height: 820 }, colorScheme: 'light' });

  test('home page', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: 'docs/images/home.png' });
  });

  test('article page', async ({ page }) => {
    await page.goto('./articles/000_08b3d2caf78dda72/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: 'docs/images/article.png' });
  });

  test('story page', async ({ page }) => {
    await page.goto('./stories/000_08b3d2caf78dda72/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: 'docs/images/story.png' });
  });
});
