import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const CNN = '000_08b3d2caf78dda72';
const REWRITE = '001_84c988ee36998c84';
const STORY = `/stories/${CNN}/`;

test.describe('stories, outlets and dates', () => {
  test('the stories index leads to the story of the seeds, its four articles side by side', async ({
    page,
  }) => {
    await page.goto('./stories/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stories');
    const items = page.locator('main .article-list > li');
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText('4 articles');
    await items.first().getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${STORY}$`));
    const cards = page.locator('.story-card');
    await expect(cards).toHaveCount(4);
    await expect(cards.nth(0)).toContainText('CNN');
    await expect(cards.nth(1)).toContainText('Rewrites CNN');
    // Seed 003 alone gives the 28 points of the first US plan.
    await expect(cards.nth(3).locator('.only-here')).toContainText('28 points');
  });

  test('the story page lines up shared quotes and compares the rewrite paragraph by paragraph', async ({
    page,
  }) => {
    await page.goto(`.${STORY}`);
    const liberate = page.locator('.story-quotes tbody tr', { hasText: 'liberate Donbas' });
    await expect(liberate.locator('.carried li')).toHaveCount(2);
    await expect(liberate.locator('.carried li').nth(1)).toContainText('(reworded)');
    const rewrite = page.locator(`#rewrite-${REWRITE}`);
    // Spaced on both sides of "rewrites" (the template's line breaks once ate the space).
    await expect(rewrite.getByRole('heading', { level: 3 })).toHaveText(/\S rewrites \S/);
    // Changed words are marked on both sides: struck in the original, underlined in the rewrite.
    await expect(rewrite.locator('del.word-change').first()).toBeVisible();
    await expect(rewrite.locator('ins.word-change').first()).toBeVisible();
    // Each paired paragraph links to its anchor in its article.
    await rewrite.locator('a.para-ref', { hasText: 'p1' }).first().click();
    await expect(page).toHaveURL(new RegExp(`/articles/${CNN}/#p1$`));
  });

  test('an article links to its outlet, its month, its story, the text it rewrites and related articles', async ({
    page,
  }) => {
    await page.goto(`./articles/${REWRITE}/`);
    await expect(page.locator('.story-header')).toContainText('inferred from its story');
    const links = page.locator('.article-links');
    await expect(links.locator('.rewrite-note')).toContainText('This text rewrites');
    await expect(links.locator('#story-heading + ul > li')).toHaveCount(3);
    await links.getByRole('link', { name: 'compare them paragraph by paragraph' }).click();
    await expect(page).toHaveURL(new RegExp(`${STORY}#rewrite-${REWRITE}$`));

    await page.goto(`./articles/${CNN}/`);
    await page.locator('.story-header .outlet').getByRole('link', { name: 'CNN' }).click();
    await expect(page).toHaveURL(/\/outlets\/cnn\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('CNN');
    await expect(page.locator('main .article-list > li')).toHaveCount(1);

    await page.goto(`./articles/${CNN}/`);
    await page.locator('.story-header .date-link').click();
    await expect(page).toHaveURL(/\/dates\/2025-12\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('December 2025');
    await expect(page.locator('main .article-list > li')).toHaveCount(4);
  });

  test('the home timeline links to month pages; undated articles have their own page', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('link', { name: 'December 2025: 4 articles' }).click();
    await expect(page).toHaveURL(/\/dates\/2025-12\/$/);
    await page.goto('./');
    await page.locator('.timeline').getByRole('link', { name: '2 undated articles' }).click();
    await expect(page).toHaveURL(/\/dates\/undated\/$/);
    await expect(page.locator('main .article-list > li')).toHaveCount(2);
    await page.goto('./outlets/');
    await expect(page.locator('main .index-list > li')).toHaveText([
      /CNN\s*\(1\)/,
      /NewsX\s*\(1\)/,
    ]);
  });

  for (const path of [
    './stories/',
    `.${STORY}`,
    './outlets/',
    './outlets/newsx/',
    './dates/',
    './dates/2025-12/',
  ]) {
    test(`${path} has no axe violations in light and dark`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
