import { describe, expect, it } from 'vitest';
import {
  articleImagePath,
  quoteImagePath,
  shareImagesEnabled,
  shareUrl,
  shortenText,
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
