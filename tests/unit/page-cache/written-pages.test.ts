/**
 * The page files known as they are rendered (`src/page-cache/written-pages.ts`): the output file
 * of each request Astro renders, and a wrapped prerenderer that records the bytes it hands on
 * unchanged.
 */
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { pageFile } from '../../../src/page-cache/page-file.ts';
import {
  recordingPrerenderer,
  requestFile,
  type WrittenPages,
} from '../../../src/page-cache/written-pages.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

describe('requestFile', () => {
  it.each([
    ['http://localhost/quotes/q0002a5400d/', '/', 'quotes/q0002a5400d/index.html'],
    ['http://localhost/', '/', 'index.html'],
    ['http://localhost/raw/business/001.txt', '/', 'raw/business/001.txt'],
    ['http://localhost/clips/articles/x/', '/clips', 'articles/x/index.html'],
    ['http://localhost/clips/articles/x/', '/clips/', 'articles/x/index.html'],
    ['http://localhost/clips/', '/clips/', 'index.html'],
    ['http://localhost/articles/caf%C3%A9/', '/', 'articles/café/index.html'],
    ['http://localhost/other/x/', '/clips/', null],
  ])('%s under %s → %s', (url, base, file) => {
    expect(requestFile(url, base)).toBe(file);
  });
});

describe('recordingPrerenderer', () => {
  const page =
    '<!DOCTYPE html><p>“The deterioration of the labour market does not come as a surprise,”</p>';
  const astros = (status: number, body: string | null): AstroPrerenderer => ({
    name: 'astro:default',
    getStaticPaths: () => Promise.resolve([]),
    render: () => Promise.resolve(new Response(body, { status, headers: { 'X-Kept': 'yes' } })),
  });
  const render = (prerenderer: AstroPrerenderer, url: string) =>
    prerenderer.render(new Request(url), { routeData: {} as never });

  it('hands the page on unchanged and records the size and SHA-1 of its bytes', async () => {
    const written: WrittenPages = new Map();
    const result = await render(
      recordingPrerenderer(astros(200, page), '/', written),
      'http://localhost/quotes/q1/',
    );
    const response = result instanceof Response ? result : result.response;
    expect(await response.text()).toBe(page);
    expect(response.headers.get('X-Kept')).toBe('yes');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'written-')), 'index.html');
    writeFileSync(file, page);
    expect(written.get('quotes/q1/index.html')).toEqual(pageFile(file));
  });

  it.each([
    [404, page],
    [200, null],
  ])('records nothing for status %i with body %j', async (status, body) => {
    const written: WrittenPages = new Map();
    await render(recordingPrerenderer(astros(status, body), '/', written), 'http://localhost/x/');
    expect(written.size).toBe(0);
  });
});
