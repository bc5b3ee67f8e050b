import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const CNN = '000_08b3d2caf78dda72';
const REWORDED = '001_84c988ee36998c84';

test.describe('entity pages', () => {
  test('the index groups people, organisations and places, keyboard reachable', async ({
    page,
  }) => {
    await page.goto('./');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Names' })
      .click();
    await expect(page).toHaveURL(/\/entities\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'People, organisations and places',
    );
    for (const [id, name] of [
      ['person', 'People'],
      ['organization', 'Organisations'],
      ['place', 'Places'],
    ] as const) {
      await expect(page.locator(`h2#${id}`)).toHaveText(name);
    }
    const people = page.locator('section', { has: page.locator('h2#person') });
    await expect(people.getByRole('link', { name: 'Vladimir Putin' })).toHaveAttribute(
      'href',
      '/entities/vladimir-putin/',
    );
    const places = page.locator('section', { has: page.locator('h2#place') });
    await expect(places.getByRole('link', { name: 'Kyiv', exact: true })).toBeVisible();
    await expect(places.getByRole('link', { name: 'Kiev' })).toHaveCount(0);

    // The kind links jump to their sections; every link takes the focus, with a visible outline.
    await page.getByRole('link', { name: /^Places \(\d+\)$/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#place$/);
    const putin = people.getByRole('link', { name: 'Vladimir Putin' });
    await putin.focus();
    const outline = await putin.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await expectNoAxeViolations(page);
  });

  test('finds a name by typing any word of it, and opens it by keyboard', async ({ page }) => {
    await page.goto('./entities/');
    const finder = page.getByRole('combobox', { name: 'Find a name' });
    await finder.pressSequentially('kyi');
    await expect(page.getByRole('option').first()).toContainText('Kyiv');
    await expect(page.getByRole('option').first()).toContainText('place');
    await finder.press('ArrowDown');
    await finder.press('Enter');
    await expect(page).toHaveURL(/\/entities\/kyiv\/$/);
  });

  test('an entity page shows variants, dates, articles, quotes and names alongside', async ({
    page,
  }) => {
    await page.goto('./entities/kyiv/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kyiv');
    await expect(page.locator('.page-header .facts')).toContainText('Place');
    await expect(page.locator('.alias-list').first()).toContainText('Kiev');
    await expect(page.locator('.page-header time').first()).toHaveAttribute('datetime', /^\d{4}-/);
    const articles = page.locator('section', { has: page.locator('#articles-heading') });
    await expect(articles.getByRole('link', { name: /Putin/ }).first()).toBeVisible();
    const beside = page.locator('section', { has: page.locator('#beside-heading') });
    await beside.getByRole('link', { name: 'Vladimir Putin' }).click();
    await expect(page).toHaveURL(/\/entities\/vladimir-putin\/$/);

    // Quotes by him link to his speaker page; quotes about him are listed too.
    const by = page.locator('section', { has: page.locator('#by-heading') });
    await expect(by.getByRole('link', { name: /speaker page/ })).toHaveAttribute(
      'href',
      '/speakers/vladimir-putin/',
    );
    expect(await by.locator('.quote-list > li').count()).toBeGreaterThan(3);
    await expect(page.locator('#about-heading')).toHaveText('Quotes about Vladimir Putin');
    await expectNoAxeViolations(page);

    await page.goto('./speakers/vladimir-putin/');
    await page.getByRole('link', { name: /Vladimir Putin: articles, quotes about them/ }).click();
    await expect(page).toHaveURL(/\/entities\/vladimir-putin\/$/);
  });

  test('a first mention in an article links to its entity page', async ({ page }) => {
    await page.goto(`./articles/${REWORDED}/`);
    const kiev = page.locator('.story-body a.entity', { hasText: 'Kiev' });
    await expect(kiev).toHaveCount(1);
    await expect(kiev).toHaveAttribute('href', '/entities/kyiv/');
    await kiev.click();
    await expect(page).toHaveURL(/\/entities\/kyiv\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kyiv');

    await page.goto(`./articles/${CNN}/`);
    // One link per entity, the quoted Novorossiya inside its quotation.
    await expect(page.locator('a.entity[href="/entities/russia/"]')).toHaveCount(1);
    await expect(page.locator('q a.entity[href="/entities/novorossiya/"]')).toHaveCount(1);
    await expect(page.locator('a a')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
