import { describe, expect, it } from 'vitest';
import {
  articleImagePath,
  quoteImagePath,
  quoteShareDescription,
  quoteShareTitle,
  shareImagesEnabled,
  shareUrl,
  shortenText,
  siteAddressWarning,
  splitAddresses,
} from '../../../src/publish/share.ts';

describe('shareUrl', () => {
  it('is absolute under the site when the site is known', () => {
    expect(shareUrl('https://example.org', '/', '/articles/x/')).toBe(
      'https://example.org/articles/x/',
    );
    expect(shareUrl(new URL('https://example.org/'), '/clips/', '/quotes/q1/')).toBe(
      'https://example.org/clips/quotes/q1/',
    );
  });

  it('is the path under the base without a site', () => {
    expect(shareUrl(undefined, '/', '/feed.json')).toBe('/feed.json');
    expect(shareUrl(undefined, '/clips', '/feed.json')).toBe('/clips/feed.json');
  });
});

describe('shareImagesEnabled', () => {
  it('is on unless turned off', () => {
    expect(shareImagesEnabled(undefined)).toBe(true);
    expect(shareImagesEnabled('')).toBe(true);
    expect(shareImagesEnabled('on')).toBe(true);
    expect(shareImagesEnabled('off')).toBe(false);
    expect(shareImagesEnabled('OFF')).toBe(false);
    expect(shareImagesEnabled('0')).toBe(false);
    expect(shareImagesEnabled('false')).toBe(false);
  });
});

describe('image paths', () => {
  it('follow the page ids', () => {
    expect(articleImagePath('world/putin')).toBe('/og/articles/world/putin.png');
    expect(quoteImagePath('q123')).toBe('/og/quotes/q123.png');
  });
});

describe('shortenText', () => {
  it('keeps short text, whitespace collapsed', () => {
    expect(shortenText('  in   any case ', 50)).toBe('in any case');
  });

  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    const text = 'We would prefer to do this and eliminate the root causes of the conflict';
    const short = shortenText(text, 30);
    expect(short).toBe('We would prefer to do this…');
    expect(short.length).toBeLessThanOrEqual(30);
  });

  it('drops punctuation before the ellipsis', () => {
    expect(shortenText('one, two, three, four, five, six', 12)).toBe('one, two…');
  });

  it('cuts a single overlong word', () => {
    expect(shortenText('a'.repeat(40), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

// Quotes from the BBC corpus, verbatim (bbc-quotes gold: business-016, -204, entertainment).
describe('quoteShareTitle and quoteShareDescription', () => {
  it.each([
    [
      'Dick Cheney',
      'It is not something we have done with a meat axe, nor are we suddenly turning our back on the most needy people in our society,',
      'Dick Cheney: “It is not something we have done with a meat axe, nor are we suddenly turning our back on the…”',
    ],
    [
      'Kent Conrad',
      'The cost of everything he [President Bush] advocates explodes,',
      'Kent Conrad: “The cost of everything he [President Bush] advocates explodes,”',
    ],
    [null, 'It is a good investment bet,', 'Unattributed: “It is a good investment bet,”'],
  ])('says who, then the quote cut at a word: %s', (speaker, text, title) => {
    const made = quoteShareTitle(speaker, text);
    expect(made).toBe(title);
    expect(made.length).toBeLessThanOrEqual(110);
    const description = quoteShareDescription(speaker, text, {
      title: 'Dollar gains',
      source: 'BBC',
    });
    expect(description).toContain(`“${text}”`);
    expect(description.endsWith('quoted in “Dollar gains” (BBC).')).toBe(true);
  });
});

describe('siteAddressWarning', () => {
  it('says what breaks without the site address, and nothing with it', () => {
    expect(siteAddressWarning(undefined)).toMatch(/^CLIPPINGS_SITE is not set.*no image.*sitemap/);
    expect(siteAddressWarning('https://example.org/')).toBeNull();
  });
});

describe('splitAddresses', () => {
  it('marks every path address in a citation, longest first', () => {
    const text =
      'Tony Blair, quoted in “Blair backs vote” (BBC), 2005. /quotes/q12/ from /articles/politics/024/.';
    expect(splitAddresses(text, ['/quotes/q12/', '/articles/politics/024/'])).toEqual([
      { text: 'Tony Blair, quoted in “Blair backs vote” (BBC), 2005. ', address: false },
      { text: '/quotes/q12/', address: true },
      { text: ' from ', address: false },
      { text: '/articles/politics/024/', address: true },
      { text: '.', address: false },
    ]);
  });

  it('leaves full addresses in the text', () => {
    const text = 'url = {https://example.org/articles/x/}';
    expect(splitAddresses(text, ['https://example.org/articles/x/'])).toEqual([
      { text, address: false },
    ]);
  });
});
