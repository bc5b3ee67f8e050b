import { describe, expect, it } from 'vitest';
import { outputFile, pageDigest, stableText } from '../../../src/page-cache/digest.ts';
import { routeUrl } from '../../../src/page-cache/reuse-pages.ts';

describe('stableText', () => {
  it('tells apart values that differ anywhere, nested included', () => {
    const props = { a: 1, b: [2, { c: 'x', d: null }] };
    expect(stableText(props)).toBe(stableText({ a: 1, b: [2, { c: 'x', d: null }] }));
    expect(stableText(props)).not.toBe(stableText({ a: 1, b: [2, { c: 'y', d: null }] }));
    expect(stableText(props)).not.toBe(stableText({ a: 1, b: [{ c: 'x', d: null }, 2] }));
    expect(stableText({ at: new Date(0) })).not.toBe(stableText({ at: new Date(1) }));
    expect(stableText({ bytes: new Uint8Array([1]) })).not.toBe(
      stableText({ bytes: new Uint8Array([2]) }),
    );
  });

  it('writes Maps and Sets by their contents, and tells different contents apart', () => {
    const slugs = new Map([['Vladimir Putin', 'vladimir-putin']]);
    const same = new Map([['Vladimir Putin', 'vladimir-putin']]);
    const other = new Map([['Vladimir Putin', 'vladimir-putin-2']]);
    expect(stableText({ slugs })).toBe(stableText({ slugs: same }));
    expect(stableText({ slugs })).not.toBe(stableText({ slugs: other }));
    expect(stableText(new Set(['a']))).not.toBe(stableText(new Set(['b'])));
  });

  it('writes a frozen array once, by its contents, and tells different contents apart', () => {
    const group = Object.freeze(['Unemployment in Germany is rising.', 'Unemployment is rising.']);
    const same = Object.freeze([...group]);
    const other = Object.freeze(['Unemployment in Germany is rising.']);
    const text = stableText({ variants: group });
    expect(text).toMatch(/^\{"variants":"#[\w-]+"\}$/);
    expect(stableText({ variants: same })).toBe(text);
    expect(stableText({ variants: other })).not.toBe(text);
    // An array that may still change is written out in full.
    expect(stableText({ variants: [...group] })).toContain('Unemployment is rising.');
  });

  it('leaves out undefined and functions, keeps null and false', () => {
    expect(stableText({ a: undefined, f: () => 1, n: null, b: false })).toBe(
      '{"n":null,"b":false}',
    );
  });
});

describe('pageDigest', () => {
  const props = { title: 'Putin: India Today interview', quotes: ['two to tango'] };
  it('changes with the version, the URL and the props', () => {
    const d = pageDigest('v1', '/articles/x/', props);
    expect(pageDigest('v1', '/articles/x/', { ...props })).toBe(d);
    expect(pageDigest('v2', '/articles/x/', props)).not.toBe(d);
    expect(pageDigest('v1', '/articles/y/', props)).not.toBe(d);
    expect(pageDigest('v1', '/articles/x/', { ...props, quotes: ['two to tango.'] })).not.toBe(d);
  });
});

describe('routeUrl and outputFile', () => {
  it('fills a route pattern, leaving out an empty rest parameter', () => {
    expect(routeUrl('/outlets/[slug]/[...page]/', { slug: 'cnn' })).toBe('/outlets/cnn/');
    expect(routeUrl('/outlets/[slug]/[...page]/', { slug: 'cnn', page: '2' })).toBe(
      '/outlets/cnn/2/',
    );
    expect(routeUrl('/articles/[...id]/', { id: 'copy-0/tech-357' })).toBe(
      '/articles/copy-0/tech-357/',
    );
    expect(routeUrl('/raw/[...id].txt', { id: '000' })).toBe('/raw/000.txt');
  });

  it('maps a page URL to the file Astro writes (directory format)', () => {
    expect(outputFile('/articles/x/')).toBe('articles/x/index.html');
    expect(outputFile('/')).toBe('index.html');
    expect(outputFile('/raw/000.txt')).toBe('raw/000.txt');
    expect(outputFile('/entities/s%C3%A3o-paulo/')).toBe('entities/são-paulo/index.html');
  });
});

describe('content-collection entries', () => {
  it('stand for their data by their digest', () => {
    const entry = (digest: string, title: string) => ({
      id: '000',
      collection: 'articles',
      digest,
      data: { title },
    });
    expect(stableText(entry('a1', 'Putin'))).toBe(stableText(entry('a1', 'Putin, again')));
    expect(stableText(entry('a1', 'Putin'))).not.toBe(stableText(entry('a2', 'Putin')));
    // Without a digest, the data itself is written.
    const bare: Partial<ReturnType<typeof entry>> = entry('a1', 'Putin');
    delete bare.digest;
    expect(stableText(bare)).toContain('Putin');
  });
});
