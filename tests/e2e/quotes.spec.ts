import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './a11y.ts';

const CNN = '000_08b3d2caf78dda72';
const REWORDED = '001_84c988ee36998c84';
const TANGO_1 = 'What comes out of that meeting?';
const TANGO_2 = 'I can’t tell you, because it does take two to tango.';
const LIBERATE_CNN = /liberate Donbas and Novorossiya in any case – by military or other means/;
const LIBERATE_REWORDED =
  /will liberate Donbass and Novorossia in any case, by military or other means/;

const items = (page: Page): Locator => page.locator('main .quote-list > li');

/** The quote list item whose quoted words match `text`. */
function item(page: Page, text: string | RegExp): Locator {
  return items(page).filter({ has: page.locator('blockquote', { hasText: text }) });
}

/** Opens the quote page of the (first) quote whose words match `text`, from /quotes/. */
async function openQuote(page: Page, text: string | RegExp): Promise<void> {
  await page.goto('./quotes/');
  await item(page, text)
    .first()
    .getByRole('link', { name: /^About this quote/ })
    .click();
  await expect(page).toHaveURL(/\/quotes\/[^/]+\/$/);
}

test.describe('quotes page', () => {
  test('lists the corpus’s quotes with speaker, cue, outlet, date and links', async ({ page }) => {
    await page.goto('./quotes/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quotes');
    const total = await items(page).count();
    expect(total).toBeGreaterThan(10);
    await expect(page.locator('.quote-count')).toHaveText(`All ${total} quotes`);

    const tango = item(page, TANGO_1);
    await expect(tango).toHaveCount(1);
    await expect(tango.locator('blockquote')).toHaveAttribute(
      'cite',
      new RegExp(`/articles/${CNN}/#p\\d+$`),
    );
    await expect(tango.getByRole('link', { name: 'Donald Trump' })).toHaveAttribute(
      'href',
      '/speakers/donald-trump/',
    );
    await expect(tango).toContainText('“he added” (from a pronoun)');
    await expect(tango).toContainText('CNN');
    await expect(tango.locator('time')).toHaveAttribute('datetime', '2025-12-04');
    const paragraph = tango.locator(`a[href^="/articles/${CNN}/#p"]`);
    await expect(paragraph).toHaveText(/^Russian President Vladimir Putin said Moscow/);
    await expect(tango.locator('.quote-source')).toContainText(/, paragraph \d+ · /);
    await expect(tango.getByRole('link', { name: /^About this quote/ })).toHaveAttribute(
      'href',
      /^\/quotes\/[^/]+\/$/,
    );
    // The second part of the split utterance continues the previous speaker.
    await expect(item(page, TANGO_2)).toContainText('continuing the previous speaker');
    // A relayed quote says who passed it on.
    await expect(items(page).filter({ hasText: 'via TASS' }).first()).toBeVisible();

    // Newest article first: the dated CNN article's quotes come before the undated ones.
    const firstOutlet = items(page).first().locator('.outlet');
    await expect(firstOutlet).toHaveText('CNN');
    const timeOrder = await items(page).evaluateAll((lis) =>
      lis.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? null),
    );
    const firstUndated = timeOrder.indexOf(null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(timeOrder.slice(firstUndated).every((d) => d === null)).toBe(true);
  });

  test('finds a speaker by typing and goes to their page, by keyboard', async ({ page }) => {
    await page.goto('./quotes/');
    const finder = page.getByRole('combobox', { name: 'Find a speaker' });
    await expect(finder).toBeVisible();
    await finder.focus();
    await finder.pressSequentially('trump');
    const options = page.getByRole('option');
    await expect(options.first()).toContainText('Donald Trump');
    await expect(finder).toHaveAttribute('aria-expanded', 'true');
    await finder.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(finder).toHaveAttribute('aria-activedescendant', /.+/);
    await finder.press('Enter');
    await expect(page).toHaveURL(/\/speakers\/donald-trump\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Donald Trump');
  });

  test('Escape closes the list, then clears the box; no match says so', async ({ page }) => {
    await page.goto('./quotes/');
    const finder = page.getByRole('combobox', { name: 'Find a speaker' });
    await finder.pressSequentially('putin');
    await expect(page.getByRole('option').first()).toContainText('Putin');
    await finder.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(finder).toHaveAttribute('aria-expanded', 'false');
    await finder.press('Escape');
    await expect(finder).toHaveValue('');
    await finder.pressSequentially('zzzz');
    await expect(page.locator('[data-name-finder-status]')).toHaveText('No name found.');
  });

  test('an old filter address goes to the speaker’s page', async ({ page }) => {
    await page.goto('./quotes/?speaker=donald-trump');
    await expect(page).toHaveURL(/\/speakers\/donald-trump\/$/);
    await page.goto('./quotes/?speaker=%2F%2Fexample.com');
    await expect(page).toHaveURL(/\/quotes\/\?speaker=/);
  });

  test('the page’s scripts are external modules', async ({ page }) => {
    await page.goto('./quotes/');
    await expect(page.locator('script:not([src])')).toHaveCount(0);
    await expect(page.locator('script:not([type="module"])')).toHaveCount(0);
    await expect(page.locator('style')).toHaveCount(0);
  });

  // The page with the finder closed is checked at 320px below.
  test('has no axe violations with the finder open', async ({ page }) => {
    await page.goto('./quotes/');
    await page.getByRole('combobox', { name: 'Find a speaker' }).pressSequentially('tr');
    await expect(page.getByRole('option').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('quotes page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists the quotes and links to the speakers, with no finder', async ({ page }) => {
    await page.goto('./quotes/');
    expect(await items(page).count()).toBeGreaterThan(10);
    await expect(page.getByRole('combobox')).toBeHidden();
    await expect(page.getByRole('link', { name: 'browse speakers A–Z' })).toHaveAttribute(
      'href',
      '/speakers/',
    );
  });
});

test.describe('quote page', () => {
  test('shows the words, the evidence and the paragraph with the quote marked', async ({
    page,
  }) => {
    await openQuote(page, TANGO_1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quote from Donald Trump');
    await expect(page.locator('.quote-lead blockquote')).toHaveText(`“${TANGO_1}”`);
    const facts = page.locator('.quote-facts');
    const fact = (term: string) => facts.locator('dt', { hasText: term }).locator('+ dd');
    await expect(fact('Attributed from')).toHaveText(
      '“he added” → Donald Trump, the most recent speaker (rule: cue-subject)',
    );
    await expect(fact('Outlet')).toHaveText('CNN');
    await expect(fact('Date')).toHaveText('4 December 2025');
    const articleLink = fact('Article').getByRole('link');
    await expect(articleLink).toHaveAttribute('href', new RegExp(`^/articles/${CNN}/#p\\d+$`));

    const context = page.locator('blockquote.in-context');
    await expect(context.locator('mark')).toHaveText(TANGO_1);
    await expect(context).toContainText(TANGO_2);
    await expect(context).toContainText('he added');

    // The other part of the split utterance is listed and linked.
    const parts = page.getByRole('region', { name: 'Parts of the same utterance' });
    await expect(parts.locator('li')).toHaveCount(2);
    await expect(parts.locator('li').first()).toContainText('(this quote)');
    await parts.getByRole('link', { name: TANGO_2 }).click();
    await expect(page.locator('.quote-lead blockquote')).toHaveText(`“${TANGO_2}”`);
    await expect(page.locator('.quote-facts')).toContainText('continuing the previous speaker');
    await expect(page.locator('blockquote.in-context mark')).toHaveText(TANGO_2);

    // The article link lands on the paragraph, highlighted.
    await page.goBack();
    const href = (await articleLink.getAttribute('href')) ?? '';
    await articleLink.click();
    const block = href.slice(href.indexOf('#') + 1);
    await expect(page).toHaveURL(new RegExp(`/articles/${CNN}/#${block}$`));
    // A retrying assertion: the fragment becomes the target once the navigation has settled.
    await expect(page.locator(`#${block}:target`)).toHaveCount(1);
    await expect(page.locator(`#${block}`)).toContainText(TANGO_1);
  });

  test('shows the two CNN and reworded Putin “liberate Donbas” quotes as variants', async ({
    page,
  }) => {
    await openQuote(page, LIBERATE_CNN);
    await expect(page.locator('.quote-facts')).toContainText('Vladimir Putin');
    const variants = page.getByRole('region', { name: 'Other wordings' });
    const pair = variants
      .locator('.variant-pair')
      .filter({ has: page.locator(`a[href^="/articles/${REWORDED}/#p"]`) });
    await expect(pair).toHaveCount(1);
    const [first, second] = [pair.locator('.variant').nth(0), pair.locator('.variant').nth(1)];
    await expect(first).toContainText('First seen (this quote)');
    await expect(first).toContainText('CNN');
    await expect(second).toContainText('Variant');
    // The words only one wording has are marked, with a text label for screen readers.
    await expect(first.locator('del')).toContainText(['Donbas', 'Novorossiya']);
    await expect(second.locator('ins')).toContainText(['will', 'Donbass', 'Novorossia']);
    await expect(first.locator('del').first()).toContainText('only in this wording');
    // Words both share are not marked.
    await expect(first.locator('del', { hasText: 'military' })).toHaveCount(0);
    await expect(second.locator('ins', { hasText: 'military' })).toHaveCount(0);

    // From the variant's own page, the same pair, the other way round.
    await second.getByRole('link', { name: /^About this quote/ }).click();
    await expect(page.locator('.quote-lead blockquote')).toHaveText(LIBERATE_REWORDED);
    const back = page.getByRole('region', { name: 'Other wordings' });
    await expect(back.locator('.variant').nth(1)).toContainText('Variant (this quote)');
    await expect(
      back.locator('.variant').nth(1).locator(`.variant-links a[href^="/articles/${REWORDED}/#p"]`),
    ).toHaveCount(1);
    await expectNoAxeViolations(page);
  });

  test('has no axe violations', async ({ page }) => {
    await openQuote(page, TANGO_1);
    await expectNoAxeViolations(page);
  });
});

test.describe('speaker pages', () => {
  test('the index lists speakers A–Z with A–Z jumps and links their pages', async ({ page }) => {
    await page.goto('./speakers/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Speakers');
    const rows = page.locator('.speaker-list > li');
    expect(await rows.count()).toBeGreaterThan(3);
    const names = await rows.getByRole('link').allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    await expect(rows.first().getByRole('link')).toHaveText('Donald Trump');
    const jumps = page.getByRole('navigation', { name: 'Speakers A–Z' });
    await jumps.getByRole('link', { name: 'V', exact: true }).click();
    await expect(page).toHaveURL(/\/speakers\/#letter-v$/);
    await expect(page.locator('#letter-v')).toContainText('Vladimir Putin');
    await page.getByRole('link', { name: 'Donald Trump' }).click();
    await expect(page).toHaveURL(/\/speakers\/donald-trump\/$/);
    await expectNoAxeViolations(page);
  });

  test('a speaker page lists quotes from more than one article, and other names', async ({
    page,
  }) => {
    await page.goto('./speakers/donald-trump/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Donald Trump');
    const groups = page.locator('.article-quotes-group');
    expect(await groups.count()).toBeGreaterThan(1);
    // Newest article first: the dated CNN article leads.
    await expect(groups.first().locator('h3 a')).toHaveAttribute('href', `/articles/${CNN}/`);
    await expect(groups.first().locator('.outlet')).toHaveText('CNN');
    await expect(groups.filter({ hasText: TANGO_1 })).toHaveCount(1);
    await expect(groups.filter({ hasText: 'What will come out of that meeting?' })).toHaveCount(1);
    const aliases = page.getByRole('region', { name: 'Also written as' }).locator('li');
    await expect(aliases.filter({ hasText: /^he$/ })).toHaveCount(1);
    await expect(aliases.filter({ hasText: /^President Trump$/ })).toHaveCount(1);
    await expect(aliases.filter({ hasText: /^Donald Trump$/ })).toHaveCount(0);

    const tango = groups.locator('.quote-list > li').filter({ hasText: TANGO_1 });
    await tango.getByRole('link', { name: /^Paragraph \d+/ }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${CNN}/#p\\d+$`));
    await page.goBack();
    await tango.getByRole('link', { name: /^About this quote/ }).click();
    await expect(page.locator('.quote-lead blockquote')).toHaveText(`“${TANGO_1}”`);
  });

  test('has no axe violations on a speaker page', async ({ page }) => {
    await page.goto('./speakers/vladimir-putin/');
    await expectNoAxeViolations(page);
  });
});

test.describe('article page quotes', () => {
  test('“Quotes in this article” lists the quotes and its links work', async ({ page }) => {
    await page.goto(`./articles/${CNN}/`);
    const section = page.getByRole('region', { name: 'Quotes in this article' });
    const list = section.locator('.quote-list > li');
    expect(await list.count()).toBeGreaterThan(5);
    const tango = list.filter({ hasText: TANGO_1 });
    await expect(tango.getByRole('link', { name: 'Donald Trump' })).toHaveAttribute(
      'href',
      '/speakers/donald-trump/',
    );

    const paragraph = tango.getByRole('link', { name: /^Paragraph \d+/ });
    const href = (await paragraph.getAttribute('href')) ?? '';
    await paragraph.click();
    const block = href.slice(href.indexOf('#') + 1);
    // A retrying assertion: the fragment becomes the target once the navigation has settled.
    await expect(page.locator(`#${block}:target`)).toHaveCount(1);
    await expect(page.locator(`#${block}`)).toContainText(TANGO_1);

    await tango.getByRole('link', { name: /^About this quote/ }).click();
    await expect(page).toHaveURL(/\/quotes\/[^/]+\/$/);
    await expect(page.locator('.quote-lead blockquote')).toHaveText(`“${TANGO_1}”`);

    await page.goBack();
    await tango.getByRole('link', { name: 'Donald Trump' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Donald Trump');
  });

  test('an article without quotes says so', async ({ page }) => {
    await page.goto('./articles/003_cdde8cab6a7f643b-part-2/');
    await expect(page.getByRole('region', { name: 'Quotes in this article' })).toContainText(
      'No direct quotations were found in this article.',
    );
  });

  test('has no axe violations with its quotes listed', async ({ page }) => {
    await page.goto(`./articles/${REWORDED}/`);
    await expectNoAxeViolations(page);
  });
});

test.describe('site navigation to quotes', () => {
  test('the header links Quotes and Speakers and marks the current one', async ({ page }) => {
    await page.goto('./');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Quotes' }).click();
    await expect(page).toHaveURL(/\/quotes\/$/);
    await expect(nav.getByRole('link', { name: 'Quotes' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Speakers' }).click();
    await expect(page).toHaveURL(/\/speakers\/$/);
    await expect(nav.getByRole('link', { name: 'Speakers' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('the speaker finder is reachable by keyboard, with a visible focus', async ({ page }) => {
    await page.goto('./quotes/');
    const finder = page.getByRole('combobox', { name: 'Find a speaker' });
    let focused = false;
    for (let i = 0; i < 20 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await finder.evaluate((el) => el === document.activeElement);
    }
    expect(focused).toBe(true);
    await expect(finder).toHaveCSS('outline-style', 'solid');
  });
});

test.describe('quote pages on narrow screens', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('fit 320px without sideways scrolling', async ({ page }) => {
    const paths = ['./quotes/', './speakers/', './speakers/vladimir-putin/'];
    await page.goto('./quotes/');
    for (const text of [TANGO_1, LIBERATE_CNN]) {
      const href = await item(page, text)
        .first()
        .getByRole('link', { name: /^About this quote/ })
        .getAttribute('href');
      paths.push(`.${href ?? ''}`);
    }
    for (const path of paths) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
    }
  });

  test('the quotes page has no axe violations at 320px', async ({ page }) => {
    await page.goto('./quotes/?outlet=cnn');
    await expectNoAxeViolations(page);
  });
});
