/**
 * The page-weight budget, checked in CI (`npm run test:budget`, part of `npm test`): a page that
 * grows past its limits fails the suite. Speed is not checked here: build and search times are
 * printed by the benchmarks (`npm run bench:build`, `bench:search`; see BENCHMARKS.md), since a
 * timed test only measures how busy the machine is.
 *
 * - Seeds (always): the site built from content/; every page of every type within the issue's
 *   page-weight limits: ≤ 20 KB of JavaScript and ≤ 15 KB of CSS (gzip), no web font over
 *   50 KB, no render-blocking request beyond one stylesheet, and no HTML page over 300 KB.
 * - A 500-file generated corpus (when ../shared/data/bbc is there; skipped, saying so,
 *   otherwise): the same limits on every page, every HTML page weighed (not a sample: the index
 *   pages are cut into pages so that none grows with the corpus).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BBC, ensureCorpus, hasBbc, SEEDS } from '../bench/lib/corpus.ts';
import { htmlOverLimit, overLimits, weighSite, type TypeWeight } from '../bench/lib/page-weight.ts';
import { buildSite, makeSiteRoot, type BuildResult } from '../bench/lib/site.ts';

const GENERATED = 500;

const work = mkdtempSync(path.join(tmpdir(), 'clippings-budget-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let seeds: { build: BuildResult; weights: TypeWeight[]; outDir: string } | undefined;

async function buildSeeds(): Promise<NonNullable<typeof seeds>> {
  if (!seeds) {
    const dir = path.join(work, 'seeds');
    makeSiteRoot(dir);
    const build = await buildSite({
      work: dir,
      content: SEEDS,
      outDir: path.join(dir, 'dist'),
      nice: false,
    });
    seeds = { build, weights: weighSite(path.join(dir, 'dist')), outDir: path.join(dir, 'dist') };
  }
  return seeds;
}

describe('budget: the seeds', () => {
  beforeAll(async () => {
    await buildSeeds();
  });

  it('has every page type', () => {
    const types = seeds!.weights.map((w) => w.type);
    for (const t of ['index', 'articles', 'quotes', 'speakers', 'search', 'report', '404']) {
      expect(types).toContain(t);
    }
  });

  it('keeps every page within the page-weight limits', () => {
    expect(overLimits(seeds!.weights)).toEqual([]);
  });

  it('has no HTML page over 300 KB', () => {
    expect(htmlOverLimit(seeds!.outDir)).toEqual([]);
  });
});

describe.skipIf(!hasBbc())(
  hasBbc()
    ? `budget: a ${GENERATED}-file generated corpus`
    : `budget: a ${GENERATED}-file generated corpus (skipped: it is generated from the BBC corpus, not found at ${BBC})`,
  () => {
    let weights: TypeWeight[];

    beforeAll(async () => {
      const corpus = ensureCorpus(GENERATED);
      const dir = path.join(work, 'generated');
      makeSiteRoot(dir);
      await buildSite({
        work: dir,
        content: corpus.dir,
        outDir: path.join(dir, 'dist'),
        nice: false,
      });
      weights = weighSite(path.join(dir, 'dist'), '/', 300);
    });

    it('keeps every page within the page-weight limits', () => {
      expect(overLimits(weights)).toEqual([]);
    });

    it('has no HTML page over 300 KB', () => {
      expect(htmlOverLimit(path.join(work, 'generated', 'dist'))).toEqual([]);
    });
  },
);
