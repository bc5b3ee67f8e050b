import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const NEWSX = '004_419fdc9e70ec7711';
const NEWSX_TITLE = 'Putin warns Russia may expand Ukraine war if peace talks fail';

test.describe('article page', () => {
  test('home → article → paragraph anchor → back', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: NEWSX_TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${NEWSX}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEWSX_TITLE);

    const p3 = page.locator('#p3');
    await p3.getByRole('link', { name: 'Paragraph 3: link' }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${NEWSX}/#p3$`));
    expect(await p3.evaluate((el) => el.matches(':target'))).toBe(true);
    const background = (id: string) =>
      page.locator(id).evaluate((el) => getComputedStyle(el).backgroundColor);
    const highlighted = await background('#p3');
    expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
    expect(highlighted).not.toBe(await background('#p2'));

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/articles/${NEWSX}/$`));
    expect(await p3.evaluate((el) => el.matches(':target'))).toBe(false);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  });

  test('shows headline note, dek, byline, outlet, date and dateline', async ({ page }) => {
    await page.goto(`./articles/000_08b3d2caf78dda72/`);
    const header = page.locator('.story-header');
    await expect(header).toContainText('Headline inferred from the text');
    await expect(header).toContainText('By Jessie Yeung and Svitlana Vlasova');
    await expect(header).toContainText('CNN');
    await expect(header.locator('time')).toHaveAttribute('datetime', '2025-12-04');
    await expect(page.locator('.dateline')).toContainText('(CNN)');
    // The dateline was taken off the lead paragraph.
    await expect(page.locator('#p1')).not.toContainText('(CNN)');

    await page.goto(`./articles/${NEWSX}/`);
    await expect(page.locator('.story-header .dek')).toHaveText(
      'Putin warns Russia may expand Ukraine war if peace talks fail, insists on no concessions as Kyiv rejects Moscow’s demands.',
    );
    await expect(page.locator('.story-header')).toContainText('Date unknown');
  });

  test('paragraph anchors are reachable by keyboard with a visible focus ring', async ({
    page,
  }) => {
    await page.goto(`./articles/${NEWSX}/`);
    let isAnchor = false;
    for (let i = 0; i < 20 && !isAnchor; i++) {
      await page.keyboard.press('Tab');
      isAnchor = await page.evaluate(
        () => document.activeElement?.classList.contains('anchor') ?? false,
      );
    }
    expect(isAnchor).toBe(true);
    const focused = page.locator('.story-body .anchor:focus');
    // Shown when focused (it may fade in), with an outline.
    await expect(focused).toHaveCSS('opacity', '1');
    await expect(focused).toHaveCSS('outline-style', 'solid');
    await expect(focused).toBeInViewport();
    const width = await focused.evaluate((el) => parseFloat(getComputedStyle(el).outlineWidth));
    expect(width).toBeGreaterThanOrEqual(2);
  });

  test('"From the source file" opens by keyboard and lists what was removed', async ({
    page,
    request,
  }) => {
    await page.goto(`./articles/${NEWSX}/`);
    const panel = page.locator('details.source-panel');
    await expect(panel).not.toHaveAttribute('open');
    const bio = panel.getByText('Zubair Amin is a Senior Journalist at NewsX', { exact: false });
    await expect(bio).toBeHidden();

    await panel.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(panel).toHaveAttribute('open');
    await expect(bio).toBeVisible();

    const removed = panel.locator('ol.item-list').first().locator('> li');
    await expect(removed).toHaveCount(6);
    await expect(removed.nth(0)).toContainText('Author bio');
    await expect(panel.locator('li', { hasText: 'Teaser' })).toHaveCount(4);
    await expect(panel).toContainText('Season 5 ends with Emily choosing Rome over Paris');
    await expect(panel).toContainText('Photo credit');
    await expect(panel.getByRole('heading', { name: 'Notes' })).toBeVisible();
    await expect(panel.locator('li', { hasText: /^dek\b/ })).toHaveCount(1);
    await expect(panel).toContainText('utf-8');
    await expect(panel.locator('dt', { hasText: 'Authors' }).locator('+ dd')).toHaveText(
      'the author bio',
    );
    await expectNoAxeViolations(page);

    // The raw text is the original file, byte for byte apart from a leading BOM.
    const raw = panel.getByRole('link', { name: 'raw text' });
    const href = await raw.getAttribute('href');
    expect(href).toBe(`/raw/${NEWSX}.txt`);
    const response = await request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/plain/);
    const original = await readFile(`content/${NEWSX}.txt`, 'utf8');
    expect((await response.text()).replace(/^\uFEFF/, '')).toBe(original);

    // A browser reads it as UTF-8 (curly quotes intact).
    await raw.click();
    expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
    await expect(page.locator('body')).toContainText('Moscow’s demands');
  });

  test('a split file shows "Story N of M" and links its stories', async ({ page }) => {
    await page.goto('./articles/003_cdde8cab6a7f643b/');
    const parts = page.getByRole('navigation', { name: 'Stories in this file' });
    await expect(parts).toContainText('Story 1 of 2 in 003_cdde8cab6a7f643b.txt');
    await expect(parts.getByRole('link', { name: 'Story 1 of 2' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const rawLink = page.locator('details.source-panel a', { hasText: 'raw text' });
    const rawHref = await rawLink.getAttribute('href');
    expect(rawHref).toBe('/raw/003_cdde8cab6a7f643b.txt');

    await parts.getByRole('link', { name: 'Story 2 of 2' }).click();
    await expect(page).toHaveURL(/\/articles\/003_cdde8cab6a7f643b-part-2\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'The Russian president lands in New Delhi for a state visit focused on trade, defense and energy',
    );
    await expect(parts.getByRole('link', { name: 'Story 2 of 2' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(parts).toContainText('Story 2 of 2 in 003_cdde8cab6a7f643b.txt');
    // Both stories link to the one raw text of their file.
    await expect(rawLink).toHaveAttribute('href', rawHref ?? '');

    const panel = page.locator('details.source-panel');
    await panel.locator('summary').click();
    // Why the file was split: the pipeline's evidence, which names the person introduced again.
    await expect(panel.locator('li', { hasText: 'Split from the story before it:' })).toContainText(
      'Vladimir Putin',
    );

    await parts.getByRole('link', { name: 'Story 1 of 2' }).click();
    await expect(page).toHaveURL(/\/articles\/003_cdde8cab6a7f643b\/$/);
    await page.locator('details.source-panel summary').click();
    await expect(page.locator('details.source-panel')).toContainText('ussian → Russian');
    await expectNoAxeViolations(page);
  });

  test('has no axe violations with a paragraph targeted', async ({ page }) => {
    await page.goto('./articles/000_08b3d2caf78dda72/#p3');
    await expectNoAxeViolations(page);
  });
});
