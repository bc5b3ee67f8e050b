/**
 * The performance budget, checked in CI (`npm run test:budget`, part of `npm test`): a regression
 * in page weight or build cost fails the suite. The full benchmark (`npm run bench`) is not run
 * here; see BENCHMARKS.md.
 *
 * - Seeds (always): the site built from content/; every page of every type within the issue's
 *   page-weight limits: ≤ 20 KB of JavaScript and ≤ 15 KB of CSS (gzip), no web font over
 *   50 KB, no render-blocking request beyond one stylesheet.
 * - A 500-file generated corpus (when ../shared/data/bbc is there; skipped, saying so,
 *   otherwise): the same page-weight limits on every page, and a ceiling on the build's cost
 *   per article. The ceiling is on CPU time, not wall time (a busy machine stretches wall time
 *   far more than CPU time), and on the cost of the extra articles (the 500-file build minus the
 *   seeds build, so start-up does not count); and no HTML page over 300 KB (every page, not a
 *   sample: the index pages are cut into pages so that none grows with the corpus); it is ~3× what this 2-core machine measures, so
 *   only a real regression (an accidentally quadratic page, a per-page corpus scan) trips it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BBC, ensureCorpus, hasBbc, SEEDS } from '../bench/lib/corpus.ts';
import { htmlOverLimit, overLimits, weighSite, type TypeWeight } from '../bench/lib/page-weight.ts';
import { buildSite, distStats, makeSiteRoot, type BuildResult } from '../bench/lib/site.ts';

/** CPU ms per extra article, ceiling (measured: about 15 ms on the shared 2-core machine). */
const CPU_MS_PER_ARTICLE = 50;
/** Wall time of the 500-file build, ceiling (measured: about 15 s). */
const WALL_500_MS = 120_000;
const GENERATED = 500;

const work = mkdtempSync(path.join(tmpdir(), 'clippings-budget-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const articlesIn = (build: BuildResult): number => {
  const line = build.lines.map((l) => /(\d+) articles from/.exec(l.text)).find(Boolean);
  return line ? Number(line[1]) : NaN;
};

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
    let build: BuildResult;
    let weights: TypeWeight[];
    let pages: number;

    beforeAll(async () => {
      const corpus = ensureCorpus(GENERATED);
      const dir = path.join(work, 'generated');
      makeSiteRoot(dir);
      await buildSeeds();
      build = await buildSite({
        work: dir,
        content: corpus.dir,
        outDir: path.join(dir, 'dist'),
        nice: false,
      });
      weights = weighSite(path.join(dir, 'dist'), '/', 300);
      pages = distStats(path.join(dir, 'dist')).totalPages;
    });

    it('keeps every page within the page-weight limits', () => {
      expect(overLimits(weights)).toEqual([]);
    });

    it('has no HTML page over 300 KB', () => {
      expect(htmlOverLimit(path.join(work, 'generated', 'dist'))).toEqual([]);
    });

    it(`costs at most ${CPU_MS_PER_ARTICLE} ms of CPU per extra article to build`, () => {
      const articles = articlesIn(build) - articlesIn(seeds!.build);
      expect(articles).toBeGreaterThan(GENERATED * 0.9);
      const perArticle = (build.cpuMs - seeds!.build.cpuMs) / articles;
      console.info(
        `budget: ${GENERATED}-file corpus: ${articlesIn(build)} articles, ${pages} pages, ` +
          `${(build.wallMs / 1000).toFixed(1)} s wall, ${(build.cpuMs / 1000).toFixed(1)} s CPU ` +
          `(seeds ${(seeds!.build.cpuMs / 1000).toFixed(1)} s): ${perArticle.toFixed(1)} ms CPU per extra article, ` +
          `load ${build.loadBefore.map((v) => v.toFixed(1)).join(' ')}`,
      );
      expect(perArticle).toBeLessThan(CPU_MS_PER_ARTICLE);
      expect(build.wallMs).toBeLessThan(WALL_500_MS);
    });
  },
);
