import { describe, expect, it } from 'vitest';
import {
  articlePath,
  joinBase,
  paragraphPath,
  quotePath,
  rawTextPath,
  safeExternalUrl,
  speakerPath,
  withBase,
} from '../../../src/site/url.ts';

describe('joinBase', () => {
  it('joins with exactly one slash, keeping the trailing slash', () => {
    expect(joinBase('/', '/report/')).toBe('/report/');
    expect(joinBase('/clips/', '/report/')).toBe('/clips/report/');
    expect(joinBase('/clips', 'report/')).toBe('/clips/report/');
    expect(joinBase('/clips/', '/')).toBe('/clips/');
  });
});

describe('withBase', () => {
  it('uses the configured base path', () => {
    expect(withBase('/articles/x/')).toBe(joinBase(import.meta.env.BASE_URL, '/articles/x/'));
  });
});

describe('paths', () => {
  it('builds article and raw-text paths', () => {
    expect(articlePath('world/putin')).toBe('/articles/world/putin/');
    expect(rawTextPath('world/putin')).toBe('/raw/world/putin.txt');
  });

  it('builds quote, speaker and paragraph paths', () => {
    expect(quotePath('q1e3337dcfd')).toBe('/quotes/q1e3337dcfd/');
    expect(speakerPath('donald-trump')).toBe('/speakers/donald-trump/');
    expect(paragraphPath('world/putin', 'p3')).toBe('/articles/world/putin/#p3');
  });
});

describe('safeExternalUrl', () => {
  it('accepts http(s) and refuses everything else', () => {
    expect(safeExternalUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('data:text/html,x')).toBeNull();
    expect(safeExternalUrl('not a url')).toBeNull();
    expect(safeExternalUrl(null)).toBeNull();
  });
});
