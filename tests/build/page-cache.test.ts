/**
 * The page cache on real builds of the seeds: a rebuild reuses the pages whose input did not
 * change, and what it leaves in the output folder is byte for byte what a cold build of the same
 * content gives — with a file edited and another deleted, the sitemap included.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS } from '../bench/lib/corpus.ts';
import { buildSite, makeSiteRoot, outputTree, type BuildResult } from '../bench/lib/site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'clippings-page-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = path.join(work, 'content');
const out = path.join(work, 'dist');
const env = { CLIPPINGS_SITE: 'https://clippings.example' };

/** The page cache's count from the build log: [reused, all]. */
function reuse(build: BuildResult): [number, number] {
  const line = build.lines.map((l) => /([\d,]+) of ([\d,]+) reused/.exec(l.text)).find(Boolean);
  if (!line) throw new Error('the build did not report the page cache');
  return [Number(line[1]!.replaceAll(',', '')), Number(line[2]!.replaceAll(',', ''))];
}

const build = (outDir = out, more: Record<string, string> = {}): Promise<BuildResult> =>
  buildSite({ work, content, outDir, nice: false, env: { ...env, ...more } });

describe('page cache', () => {
  let first: BuildResult;
  let firstTree: ReturnType<typeof outputTree>;
  beforeAll(async () => {
    cpSync(SEEDS, content, { recursive: true });
    makeSiteRoot(work);
    first = await build();
    firstTree = outputTree(out);
  });

  it('renders every page on the first build', () => {
    const [reused, all] = reuse(first);
    expect(reused).toBe(0);
    expect(all).toBeGreaterThan(50);
  });

  it('reuses every page when nothing changed, leaving the same files', async () => {
    const again = await build();
    const [reused, all] = reuse(again);
    expect(reused).toBe(all);
    expect(outputTree(out)).toEqual(firstTree);
  });

  it('after an edit and a deletion, gives what a cold build gives', async () => {
    const names = readdirSync(content).sort();
    const edited = path.join(
      content,
      names.find((n) => n.startsWith('004'))!,
    );
    const text = readFileSync(edited, 'utf8');
    expect(text).toContain('Kremlin');
    writeFileSync(edited, text.replace('Kremlin', 'Kremlin (edited)'));
    rmSync(
      path.join(
        content,
        names.find((n) => n.startsWith('002'))!,
      ),
    );

    const rebuild = await build();
    const [reused, all] = reuse(rebuild);
    expect(reused).toBeGreaterThan(0);
    expect(reused).toBeLessThan(all);

    const cold = path.join(work, 'cold');
    await build(cold, { CLIPPINGS_PAGE_CACHE: 'off' });
    const incremental = outputTree(out);
    const expected = outputTree(cold);
    expect([...incremental.keys()]).toEqual([...expected.keys()]);
    for (const [file, bytes] of expected) expect(incremental.get(file), file).toEqual(bytes);
    const sitemap = incremental.get('sitemap-0.xml') as string[];
    expect(sitemap.some((u) => u.startsWith('https://clippings.example/articles/004'))).toBe(true);
    expect(sitemap.some((u) => u.startsWith('https://clippings.example/articles/002'))).toBe(false);
    expect([...incremental.keys()].some((f) => f.startsWith('articles/002'))).toBe(false);
  });
});
