/**
 * Quote and article pages and raw text written without Astro's renderer (`src/page-cache/direct-pages.ts`,
 * `src/publish/quote-page-html.ts`, `src/publish/article-page-html.ts`) on real builds of the seeds, under a base path and with the
 * site's address set: every page is the one Astro renders, byte for byte, and the build says how
 * many pages it wrote and checked.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS } from '../bench/lib/corpus.ts';
import { buildSite, makeSiteRoot, outputTree, type BuildResult } from '../bench/lib/site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'clippings-direct-pages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = path.join(work, 'content');
const env = { CLIPPINGS_SITE: 'https://clippings.example', CLIPPINGS_BASE: '/clips' };

const build = (outDir: string, mode: string): Promise<BuildResult> =>
  buildSite({
    work,
    content,
    outDir: path.join(work, outDir),
    nice: false,
    env: { ...env, CLIPPINGS_DIRECT_PAGES: mode, CLIPPINGS_PAGE_CACHE: 'off' },
  });

/** The build's line about a route's pages: [written directly, checked, differed]. */
function summary(build: BuildResult, route = '/quotes/[id]/'): [number, number, number] {
  const line = build.lines
    .map((l) =>
      l.text.includes(`${route}: `)
        ? /: (\d+) pages written directly, (\d+) checked[^,]*(?:, (\d+) differed)?/.exec(l.text)
        : null,
    )
    .find(Boolean);
  if (!line) throw new Error(`the build did not report the pages of ${route}`);
  return [Number(line[1]), Number(line[2]), Number(line[3] ?? 0)];
}

describe('quote and article pages written directly', () => {
  let direct: BuildResult;
  let astro: BuildResult;
  beforeAll(async () => {
    cpSync(SEEDS, content, { recursive: true });
    makeSiteRoot(work);
    direct = await build('direct', 'on');
    astro = await build('astro', 'off');
  });

  it('writes the quote pages but the checked ones, without a difference', () => {
    const [written, checked, differed] = summary(direct);
    expect(differed).toBe(0);
    expect(checked).toBeGreaterThan(0);
    expect(written).toBeGreaterThan(checked);
  });

  it('writes or checks every article page, without a difference', () => {
    const [written, checked, differed] = summary(direct, '/articles/[...id]/');
    expect(differed).toBe(0);
    expect(checked).toBeGreaterThan(0);
    expect(written + checked).toBe(6);
  });

  it('writes or checks every raw text file, without a difference', () => {
    const [written, checked, differed] = summary(direct, '/raw/[...id].txt');
    expect(differed).toBe(0);
    expect(checked).toBe(1);
    expect(written + checked).toBe(
      [...outputTree(path.join(work, 'astro')).keys()].filter((f) => f.startsWith('raw/')).length,
    );
  });

  it('gives the same site as Astro rendering every page', () => {
    expect(astro.lines.some((l) => /pages written directly/.test(l.text))).toBe(false);
    const expected = outputTree(path.join(work, 'astro'));
    const made = outputTree(path.join(work, 'direct'));
    expect([...made.keys()]).toEqual([...expected.keys()]);
    expect([...made.keys()].filter((f) => f.startsWith('quotes/q')).length).toBeGreaterThan(30);
    expect([...made.keys()].filter((f) => f.startsWith('articles/')).length).toBe(6);
    for (const [file, bytes] of expected) expect(made.get(file), file).toEqual(bytes);
  });
});
