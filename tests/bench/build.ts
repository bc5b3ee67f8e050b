/**
 * `npm run bench:build -- [sizes…] [--images] [--rebuild | --no-rebuild] [--profile]
 * [--concurrency <n>] [--heap <MB>] [--keep]`
 *
 * Builds the site from the generated corpus of each size (default 2225; see `lib/corpus.ts`) in a
 * temporary root, and records: wall and CPU time, peak RSS, pages by type, ms per page and per
 * article, the phases of the build (from its timestamped log) and the size of `dist/`. Share
 * images are off unless `--images`, which adds a cold build with images and a rebuild after one
 * edit with the image and page caches (share images are on by default in the site).
 * For sizes of 10,000 and more (every size with `--rebuild`), one article is then edited and the
 * site rebuilt with the same caches: the rebuild's share of the cold build.
 * `--profile` writes a V8 CPU profile of each cold build (and rebuild) to `bench-results/profiles/` and prints
 * where the time goes (self time by function and by package). `--concurrency <n>` tries Astro's
 * `build.concurrency` (the config's is 4) in the bench's own root; `--heap <MB>` raises the
 * build's V8 heap limit (about 4 GB by default here, enough for 50,000 files since 2026-12-02).
 * Builds run with the V8 flags of `npm run build` (`BUILD_NODE_FLAGS`, `lib/site.ts`).
 *
 * First the seeds (`content/`, 5 files) are built the same way: the **CPU per extra article**,
 * (CPU of a size's cold build − the seeds') ÷ (its articles − the seeds'), is the build's cost
 * that grows with the corpus, start-up left out (`--no-baseline` skips it). With `--profile` the
 * seeds build is profiled too, and the extra CPU of each size is attributed to the functions it
 * went to, per extra article (main thread; the parse workers are not profiled).
 *
 * Prints a table and writes `bench-results/build-latest.json`. Runs at low priority (`nice`).
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BBC, ensureCorpus, hasBbc, SEEDS } from './lib/corpus.ts';
import { profileDifference, summariseProfile } from './lib/cpuprofile.ts';
import {
  count,
  describeMachine,
  machine,
  mb,
  RESULTS,
  saveResult,
  seconds,
  table,
} from './lib/report.ts';
import {
  buildSite,
  distStats,
  makeSiteRoot,
  type BuildResult,
  type DistStats,
} from './lib/site.ts';

const args = process.argv.slice(2);
const sizes = args
  .filter((a, i) => /^\d+$/.test(a) && !['--concurrency', '--heap'].includes(args[i - 1] ?? ''))
  .map(Number);
const IMAGES = args.includes('--images');
const PROFILE = args.includes('--profile');
const KEEP = args.includes('--keep');
const BASELINE = !args.includes('--no-baseline');
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
/** `--concurrency <n>`: Astro's `build.concurrency` for this run (the config's is 4). */
const CONCURRENCY = option('--concurrency');
/** `--heap <MB>`: the build's V8 heap limit (Node's default here is about 4 GB). */
const HEAP = option('--heap');
const rebuildFor = (n: number): boolean =>
  args.includes('--rebuild') || (!args.includes('--no-rebuild') && n >= 10_000);

export interface BuildRun {
  wallMs: number;
  cpuMs: number;
  peakRss: number;
  load: number[];
  /** Seconds spent in each phase of the build. */
  phases: Record<string, number>;
  /** Peak resident set and V8 heap used (bytes) in each phase. */
  phaseMemory: Record<string, { rss: number; heap: number }>;
  /** Time Astro reports per generated route, summed by type (first path segment), ms. */
  routes: Record<string, { count: number; ms: number }>;
  /** CPU seconds (every thread) in each phase of the build, from the runner's samples. */
  phaseCpu?: Record<string, number>;
  /**
   * CPU ms of the render phase by route type: each half-second sample's CPU shared among the
   * pages logged in it (or given to the next page logged: its `getStaticPaths`, its render).
   */
  routeCpu?: Record<string, { count: number; cpuMs: number }>;
  /**
   * Peak RSS and V8 heap used (bytes) in the render phase by route type: each sample goes to the
   * route type of the next page logged (the route whose `getStaticPaths` or page was under way).
   */
  routeMemory?: Record<string, { rss: number; heap: number }>;
}

export interface SizeResult {
  size: number;
  files: number;
  articles: number | null;
  quotes: number | null;
  cold: BuildRun;
  dist: DistStats;
  /** Cold wall time per HTML page and per article, ms. */
  msPerPage: number;
  msPerArticle: number;
  /** Pages made after the content layer (rendering), ms per page. */
  renderMsPerPage: number | null;
  rebuild?: {
    edited: string;
    run: BuildRun;
    ratio: number;
    profile?: ReturnType<typeof summariseProfile>;
  };
  images?: { cold: BuildRun; cached: BuildRun; images: number; dist: DistStats };
  profile?: ReturnType<typeof summariseProfile>;
  /** (CPU of the cold build − the seeds build's) ÷ (articles − the seeds'), ms. */
  cpuMsPerExtraArticle?: number;
  /** With `--profile`: the functions the extra CPU went to, ms per extra article. */
  extraCpu?: { name: string; msPerUnit: number }[];
  /** The cold build's CPU profile, kept to compare with the seeds'. */
  profileFile?: string;
}

/** The seeds build that `cpuMsPerExtraArticle` is measured against. */
export interface Baseline {
  articles: number;
  cpuMs: number;
  wallMs: number;
  load: number[];
  phaseCpu?: Record<string, number>;
  routeCpu?: Record<string, { count: number; cpuMs: number }>;
  profileFile?: string;
}

/** The number of articles a build's summary line gives (`506 articles from 505 of 505 files`). */
function articlesOf(result: BuildResult): number | null {
  const summary = result.lines
    .map((l) => /(\d+) articles from (\d+) of/.exec(l.text))
    .find(Boolean);
  return summary ? Number(summary[1]) : null;
}

/** Splits a build's timestamped log into phases (seconds). */
/** Peak resident set and V8 heap (bytes) in each phase, from the build's memory samples. */
function phaseMemory(result: BuildResult): Record<string, { rss: number; heap: number }> {
  const bounds = phaseBounds(result);
  const out: Record<string, { rss: number; heap: number }> = {};
  for (const [name, [from, to]] of Object.entries(bounds)) {
    const inside = result.memory.filter((m) => m.ms >= from && m.ms <= to);
    if (inside.length === 0) continue;
    out[name] = {
      rss: Math.max(...inside.map((m) => m.rss)),
      heap: Math.max(...inside.map((m) => m.heap)),
    };
  }
  return out;
}

function phases(result: BuildResult): Record<string, number> {
  return Object.fromEntries(
    Object.entries(phaseBounds(result)).map(([name, [from, to]]) => [
      name,
      Math.round(to - from) / 1000,
    ]),
  );
}

/** Start and end (ms since the start) of each phase of a build, from its log. */
function phaseBounds(result: BuildResult): Record<string, [number, number]> {
  const at = (pattern: RegExp): number | null =>
    result.lines.find((l) => pattern.test(l.text))?.ms ?? null;
  const sync = at(/\[content\] Syncing content/);
  const synced = at(/\[content\] Synced content/);
  const bundle = at(/Building static entrypoints/);
  const routes = at(/generating static routes/);
  const done = at(/page\(s\) built in/);
  const out: Record<string, [number, number]> = {};
  const span = (name: string, from: number | null, to: number | null): void => {
    if (from !== null && to !== null) out[name] = [from, to];
  };
  span('start', 0, sync);
  span('content', sync, synced);
  span('types+info', synced, bundle);
  span('bundle', bundle, routes);
  span('render', routes, done);
  span('exit', done, result.wallMs);
  return out;
}

/** Astro's per-route lines (`├─ /quotes/x/index.html (+3ms)`): when, the type, the time logged. */
function pageLines(result: BuildResult): { at: number; type: string; ms: number }[] {
  const out: { at: number; type: string; ms: number }[] = [];
  for (const { ms: at, text } of result.lines) {
    const m = /[├└]─ \/([^/\s]*)[^\s]* \(\+(\d+(?:\.\d+)?)(m?s)\)/.exec(text);
    if (!m) continue;
    const type =
      m[1]!.endsWith('.html') || m[1] === '' ? m[1]!.replace(/\.html$/, '') || 'index' : m[1]!;
    out.push({ at, type, ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) });
  }
  return out;
}

/** Sums Astro's per-route times by type (first path segment). */
function routeTimes(result: BuildResult): Record<string, { count: number; ms: number }> {
  const out: Record<string, { count: number; ms: number }> = {};
  for (const { type, ms } of pageLines(result)) {
    const t = (out[type] ??= { count: 0, ms: 0 });
    t.count++;
    t.ms += ms;
  }
  return out;
}

/** CPU used by the build process up to `ms` after its start, from the samples (interpolated). */
function cpuAt(result: BuildResult, ms: number): number | null {
  const samples = result.memory;
  if (samples.length === 0) return null;
  if (ms >= result.wallMs) return result.cpuMs;
  const i = samples.findIndex((m) => m.ms >= ms);
  if (i < 0) return samples.at(-1)!.cpuMs;
  if (i === 0) return (samples[0]!.cpuMs * Math.max(0, ms)) / Math.max(1, samples[0]!.ms);
  const [a, b] = [samples[i - 1]!, samples[i]!];
  return a.cpuMs + ((b.cpuMs - a.cpuMs) * (ms - a.ms)) / Math.max(1, b.ms - a.ms);
}

/** CPU seconds in each phase of a build. */
function phaseCpu(result: BuildResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, [from, to]] of Object.entries(phaseBounds(result))) {
    const [a, b] = [cpuAt(result, from), cpuAt(result, to)];
    if (a !== null && b !== null) out[name] = Math.round(b - a) / 1000;
  }
  return out;
}

/**
 * The render phase's CPU by route type: the CPU of each sample interval is shared among the pages
 * logged in it, in proportion to the time Astro logged for each; an interval with none goes to
 * the next page logged (the work was for it: its route's `getStaticPaths`, or its render). The
 * time the build spent writing pages without Astro's renderer (its line `N pages written
 * without Astro's renderer in S s`; those pages log no line each) is the row `written directly`.
 */
function routeCpu(result: BuildResult): Record<string, { count: number; cpuMs: number }> {
  const render = phaseBounds(result)['render'];
  const lines = pageLines(result);
  const out: Record<string, { count: number; cpuMs: number }> = {};
  if (!render || lines.length === 0 || result.memory.length === 0) return out;
  for (const { type } of lines) (out[type] ??= { count: 0, cpuMs: 0 }).count++;
  const direct = directWindow(result);
  if (direct) out[HELD] = { count: direct.pages, cpuMs: 0 };
  const [from, to] = render;
  const edges = [
    from,
    ...result.memory.map((m) => m.ms).filter((t) => t > from && t < to),
    ...(direct ? [direct.from, direct.to] : []),
    to,
  ].sort((x, y) => x - y);
  let next = 0;
  for (let i = 1; i < edges.length; i++) {
    const [a, b] = [edges[i - 1]!, edges[i]!];
    const cpu = (cpuAt(result, b) ?? 0) - (cpuAt(result, a) ?? 0);
    if (direct && a >= direct.from && b <= direct.to) {
      out[HELD]!.cpuMs += cpu;
      continue;
    }
    while (next < lines.length && lines[next]!.at <= a) next++;
    let end = next;
    while (end < lines.length && lines[end]!.at <= b) end++;
    const inside = lines.slice(next, end);
    if (inside.length === 0) {
      const after = lines[next];
      if (after) out[after.type]!.cpuMs += cpu;
      continue;
    }
    const weight = inside.reduce((sum, l) => sum + Math.max(l.ms, 0.1), 0);
    for (const l of inside) out[l.type]!.cpuMs += (cpu * Math.max(l.ms, 0.1)) / weight;
  }
  return out;
}

/** The route type the bench gives the pages written without Astro's renderer. */
const HELD = 'written directly';

/**
 * When the build wrote pages without Astro's renderer (ms since its start, from the line it
 * logs at the end, which gives the seconds taken) and how many.
 */
function directWindow(result: BuildResult): { from: number; to: number; pages: number } | null {
  for (const { ms, text } of result.lines) {
    const m = /([\d,]+) pages written without Astro's renderer in ([\d.]+) s/.exec(text);
    if (m)
      return { from: ms - Number(m[2]) * 1000, to: ms, pages: Number(m[1]!.replace(/,/g, '')) };
  }
  return null;
}

/** Peak memory of the render phase by route type (see `BuildRun.routeMemory`). */
function routeMemory(result: BuildResult): Record<string, { rss: number; heap: number }> {
  const render = phaseBounds(result)['render'];
  const lines = pageLines(result);
  const out: Record<string, { rss: number; heap: number }> = {};
  if (!render || lines.length === 0) return out;
  const direct = directWindow(result);
  let next = 0;
  for (const m of result.memory) {
    if (m.ms < render[0] || m.ms > render[1]) continue;
    while (next < lines.length && lines[next]!.at < m.ms) next++;
    const type =
      direct && m.ms >= direct.from && m.ms <= direct.to
        ? HELD
        : lines[Math.min(next, lines.length - 1)]!.type;
    const peak = (out[type] ??= { rss: 0, heap: 0 });
    peak.rss = Math.max(peak.rss, m.rss);
    peak.heap = Math.max(peak.heap, m.heap);
  }
  return out;
}

function run(result: BuildResult): BuildRun {
  return {
    wallMs: Math.round(result.wallMs),
    cpuMs: Math.round(result.cpuMs),
    peakRss: result.peakRss,
    load: result.loadBefore.map((v) => Math.round(v * 100) / 100),
    phases: phases(result),
    phaseMemory: phaseMemory(result),
    routes: routeTimes(result),
    phaseCpu: phaseCpu(result),
    routeCpu: routeCpu(result),
    routeMemory: routeMemory(result),
  };
}

/**
 * Makes one small edit in one article of `content` (the 100th file of `copy-0/`, or the one
 * `nth` after it): a sentence appended to its lead.
 */
function editOneFile(content: string, nth = 0): string {
  const dir = path.join(content, 'copy-0');
  const name = readdirSync(dir).sort()[100 + nth] ?? readdirSync(dir)[0]!;
  const file = path.join(dir, name);
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/\n\n([^\n]+)/, (_, lead: string) => `\n\n${lead} It was edited.`);
  // A new file, not a write through the old one (it may be a link into the cached corpus).
  rmSync(file);
  writeFileSync(file, edited);
  return path.relative(content, file);
}

/** Builds the seeds alone (cold, share images off; profiled with `--profile`). */
async function measureBaseline(): Promise<Baseline> {
  const work = mkdtempSync(path.join(tmpdir(), 'clippings-bench-build-seeds-'));
  try {
    makeSiteRoot(work, CONCURRENCY ? { concurrency: Number(CONCURRENCY) } : {});
    const profileDir = path.join(RESULTS, 'profiles');
    if (PROFILE) mkdirSync(profileDir, { recursive: true });
    const name = `build-seeds-${Date.now()}.cpuprofile`;
    console.error('build seeds: cold, share images off (the baseline) …');
    const seeds = await buildSite({
      work,
      content: SEEDS,
      outDir: path.join(work, 'dist'),
      nodeArgs: PROFILE
        ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}`]
        : [],
    });
    const articles = articlesOf(seeds);
    if (articles === null) throw new Error('the seeds build printed no article count');
    console.error(`  ${seconds(seeds.wallMs)}, CPU ${seconds(seeds.cpuMs)}`);
    return {
      articles,
      cpuMs: Math.round(seeds.cpuMs),
      wallMs: Math.round(seeds.wallMs),
      load: seeds.loadBefore.map((v) => Math.round(v * 100) / 100),
      phaseCpu: phaseCpu(seeds),
      routeCpu: routeCpu(seeds),
      ...(PROFILE ? { profileFile: path.join(profileDir, name) } : {}),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The CPU per extra article of `result` against `baseline`, and where it went (`--profile`). */
function addExtraCpu(result: SizeResult, baseline: Baseline): void {
  if (result.articles === null) return;
  const extra = result.articles - baseline.articles;
  result.cpuMsPerExtraArticle = (result.cold.cpuMs - baseline.cpuMs) / extra;
  if (result.profileFile && baseline.profileFile)
    result.extraCpu = profileDifference(baseline.profileFile, result.profileFile, extra);
}

async function measureSize(size: number): Promise<SizeResult> {
  const corpus = ensureCorpus(size);
  console.error(
    `corpus ${size}: ${corpus.dir} (${corpus.generated ? 'generated' : 'reused'}, ${seconds(corpus.ms)})`,
  );
  const work = mkdtempSync(path.join(tmpdir(), `clippings-bench-build-${size}-`));
  try {
    makeSiteRoot(work, CONCURRENCY ? { concurrency: Number(CONCURRENCY) } : {});
    const heap = HEAP ? [`--max-old-space-size=${HEAP}`] : [];
    const rebuild = rebuildFor(size);
    // The rebuild edits a file, so it builds from a copy of the cached corpus.
    const content = rebuild || IMAGES ? path.join(work, 'content') : corpus.dir;
    if (rebuild || IMAGES) cpSync(corpus.dir, content, { recursive: true });
    const outDir = path.join(work, 'dist');
    const profileDir = path.join(RESULTS, 'profiles');
    if (PROFILE) mkdirSync(profileDir, { recursive: true });
    const profileName = `build-${size}-${Date.now()}.cpuprofile`;
    /** Node's options to write a CPU profile named `name` (with `--profile`). */
    const profileArgs = (name: string): string[] =>
      PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}`] : [];
    console.error(`build ${size}: cold, share images off …`);
    const cold = await buildSite({
      work,
      content,
      outDir,
      nodeArgs: [...heap, ...profileArgs(profileName)],
    });
    const dist = distStats(outDir);
    const articles = articlesOf(cold);
    const quotes = dist.pages['quotes'] ? dist.pages['quotes'] - 1 : null;
    const coldRun = run(cold);
    const result: SizeResult = {
      size,
      files: corpus.files,
      articles,
      quotes,
      cold: coldRun,
      dist,
      msPerPage: cold.wallMs / dist.totalPages,
      msPerArticle: cold.wallMs / (articles ?? size),
      renderMsPerPage:
        coldRun.phases['render'] !== undefined
          ? (coldRun.phases['render'] * 1000) / dist.totalPages
          : null,
    };
    console.error(
      `  ${seconds(cold.wallMs)}, peak ${mb(cold.peakRss)}, ${count(dist.totalPages)} pages`,
    );
    if (PROFILE) {
      result.profileFile = path.join(profileDir, profileName);
      result.profile = summariseProfile(result.profileFile);
    }
    if (rebuild) {
      const edited = editOneFile(content);
      console.error(`build ${size}: rebuild after editing ${edited} …`);
      const rebuildProfile = profileName.replace('.cpuprofile', '-rebuild.cpuprofile');
      const again = await buildSite({
        work,
        content,
        outDir,
        nodeArgs: [...heap, ...profileArgs(rebuildProfile)],
      });
      result.rebuild = { edited, run: run(again), ratio: again.wallMs / cold.wallMs };
      if (PROFILE) result.rebuild.profile = summariseProfile(path.join(profileDir, rebuildProfile));
      console.error(
        `  ${seconds(again.wallMs)} (${Math.round(result.rebuild.ratio * 100)}% of cold)`,
      );
    }
    if (IMAGES) {
      const imagesOut = path.join(work, 'dist-images');
      console.error(`build ${size}: share images on, cold image cache …`);
      const first = await buildSite({
        work,
        content,
        outDir: imagesOut,
        images: true,
        nodeArgs: heap,
      });
      const editedForImages = editOneFile(content, 1);
      console.error(
        `  ${seconds(first.wallMs)}; again with the image cache, after editing ${editedForImages} …`,
      );
      const second = await buildSite({
        work,
        content,
        outDir: imagesOut,
        images: true,
        nodeArgs: heap,
      });
      console.error(`  ${seconds(second.wallMs)}`);
      const imagesDist = distStats(imagesOut);
      const images = readdirSync(path.join(imagesOut, 'og'), { recursive: true }).filter((f) =>
        String(f).endsWith('.png'),
      ).length;
      result.images = { cold: run(first), cached: run(second), images, dist: imagesDist };
    }
    return result;
  } finally {
    if (KEEP) console.error(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

export function buildTable(results: readonly SizeResult[]): string {
  const rows = results.map((r) => [
    count(r.size),
    r.articles === null ? '?' : count(r.articles),
    count(r.dist.totalPages),
    seconds(r.cold.wallMs),
    seconds(r.cold.cpuMs),
    mb(r.cold.peakRss),
    `${r.msPerPage.toFixed(2)} ms`,
    `${(r.cold.wallMs / r.dist.generated).toFixed(2)} ms`,
    `${r.msPerArticle.toFixed(1)} ms`,
    mb(r.dist.bytes),
    r.rebuild ? `${seconds(r.rebuild.run.wallMs)} (${Math.round(r.rebuild.ratio * 100)}%)` : '–',
    r.images
      ? `${seconds(r.images.cold.wallMs)} / ${seconds(r.images.cached.wallMs)} ` +
        `(${Math.round((r.images.cached.wallMs / r.images.cold.wallMs) * 100)}%, ` +
        `CPU ${Math.round((r.images.cached.cpuMs / r.images.cold.cpuMs) * 100)}%; ` +
        `${count(r.images.images)} images)`
      : '–',
    r.cpuMsPerExtraArticle === undefined ? '–' : `${r.cpuMsPerExtraArticle.toFixed(1)} ms`,
    r.cold.load.map((v) => v.toFixed(1)).join(' '),
  ]);
  return table(
    [
      'Generated files',
      'Articles',
      'Pages',
      'Wall',
      'CPU',
      'Peak RSS',
      'ms/page',
      'ms/output',
      'ms/article',
      'dist/',
      'Rebuild after 1 edit',
      'Images: cold / rebuild after 1 edit',
      'CPU/extra article',
      'Load',
    ],
    rows,
  );
}

export function pagesTable(results: readonly SizeResult[]): string {
  const types = [...new Set(results.flatMap((r) => Object.keys(r.dist.pages)))].sort();
  const fileTypes = ['raw', 'search-index', 'og', 'data'];
  return table(
    ['Generated files', ...types, ...fileTypes.map((t) => `${t}/ files`)],
    results.map((r) => [
      count(r.size),
      ...types.map((t) => count(r.dist.pages[t] ?? 0)),
      ...fileTypes.map((t) => count(r.dist.files[t] ?? 0)),
    ]),
  );
}

export function routesTable(results: readonly SizeResult[]): string {
  const types = [...new Set(results.flatMap((r) => Object.keys(r.cold.routes ?? {})))].sort();
  return table(
    ['Generated files', ...types.map((t) => `${t} (s, ms/route)`)],
    results.map((r) => [
      count(r.size),
      ...types.map((t) => {
        const x = r.cold.routes?.[t];
        return x ? `${(x.ms / 1000).toFixed(1)} s, ${(x.ms / x.count).toFixed(2)}` : '–';
      }),
    ]),
  );
}

export function phasesTable(results: readonly SizeResult[]): string {
  const names = ['start', 'content', 'types+info', 'bundle', 'render', 'exit'];
  return table(
    ['Generated files', ...names.map((n) => `${n} (s)`), 'render ms/page'],
    results.map((r) => [
      count(r.size),
      ...names.map((n) => r.cold.phases[n]?.toFixed(1) ?? '–'),
      r.renderMsPerPage?.toFixed(2) ?? '–',
    ]),
  );
}

/**
 * CPU seconds by phase of the cold build (every thread), and with a baseline the phases' CPU
 * per extra article (ms): the part of the build that grows with the corpus, phase by phase.
 */
export function phaseCpuTable(results: readonly SizeResult[], baseline?: Baseline): string {
  const names = ['start', 'content', 'types+info', 'bundle', 'render', 'exit'];
  const rows = results.map((r) => [
    count(r.size),
    ...names.map((n) => {
      const cpu = r.cold.phaseCpu?.[n];
      if (cpu === undefined) return '–';
      const base = baseline?.phaseCpu?.[n];
      const extra = r.articles === null || !baseline ? null : r.articles - baseline.articles;
      return base === undefined || extra === null
        ? `${cpu.toFixed(1)} s`
        : `${cpu.toFixed(1)} s (${(((cpu - base) * 1000) / extra).toFixed(1)} ms)`;
    }),
  ]);
  if (baseline?.phaseCpu)
    rows.unshift([
      'seeds',
      ...names.map((n) => {
        const cpu = baseline.phaseCpu?.[n];
        return cpu === undefined ? '–' : `${cpu.toFixed(1)} s`;
      }),
    ]);
  return table(['Generated files', ...names.map((n) => `${n}: CPU (per extra article)`)], rows);
}

/** CPU of the render phase by route type: seconds, ms per route, ms per extra article. */
export function routeCpuTable(results: readonly SizeResult[], baseline?: Baseline): string {
  const types = [...new Set(results.flatMap((r) => Object.keys(r.cold.routeCpu ?? {})))].sort();
  return table(
    ['Route type', ...results.map((r) => `${count(r.size)}: CPU, ms/route, ms/extra article`)],
    types.map((t) => [
      t,
      ...results.map((r) => {
        const x = r.cold.routeCpu?.[t];
        if (!x) return '–';
        const base = baseline?.routeCpu?.[t]?.cpuMs ?? 0;
        const extra = r.articles === null || !baseline ? null : r.articles - baseline.articles;
        return (
          `${(x.cpuMs / 1000).toFixed(1)} s, ${(x.cpuMs / x.count).toFixed(2)}` +
          (extra === null ? '' : `, ${((x.cpuMs - base) / extra).toFixed(2)}`)
        );
      }),
    ]),
  );
}

/** Peak resident set and V8 heap used in the render phase, by route type. */
export function routeMemoryTable(results: readonly SizeResult[]): string {
  const types = [...new Set(results.flatMap((r) => Object.keys(r.cold.routeMemory ?? {})))].sort();
  return table(
    ['Route type', ...results.map((r) => `${count(r.size)}: peak RSS / heap`)],
    types.map((t) => [
      t,
      ...results.map((r) => {
        const m = r.cold.routeMemory?.[t];
        return m ? `${mb(m.rss)} / ${mb(m.heap)}` : '–';
      }),
    ]),
  );
}

/** Peak resident set and V8 heap used in each phase of the cold build. */
export function phaseMemoryTable(results: readonly SizeResult[]): string {
  const names = ['start', 'content', 'types+info', 'bundle', 'render', 'exit'];
  return table(
    ['Generated files', ...names.map((n) => `${n}: RSS / heap`)],
    results.map((r) => [
      count(r.size),
      ...names.map((n) => {
        const m = r.cold.phaseMemory?.[n];
        return m ? `${mb(m.rss)} / ${mb(m.heap)}` : '–';
      }),
    ]),
  );
}

if (import.meta.filename === process.argv[1]) {
  if (!hasBbc()) {
    console.error(`bench:build needs the BBC corpus at ${BBC}`);
    process.exit(2);
  }
  const where = machine();
  const results: SizeResult[] = [];
  const baseline = BASELINE ? await measureBaseline() : undefined;
  for (const size of sizes.length > 0 ? sizes : [2225]) {
    const result = await measureSize(size);
    if (baseline) addExtraCpu(result, baseline);
    results.push(result);
  }
  if (baseline)
    console.log(
      `\nBaseline: the seeds, ${baseline.articles} articles, CPU ${seconds(baseline.cpuMs)}, ` +
        `wall ${seconds(baseline.wallMs)}, load ${baseline.load.join(' ')}`,
    );
  console.log(`\nBuild (${describeMachine(where)}; share images off unless stated)\n`);
  console.log(buildTable(results));
  console.log(`\nPages by type\n\n${pagesTable(results)}`);
  console.log(`\nPhases of the cold build\n\n${phasesTable(results)}`);
  console.log(
    `\nCPU by phase of the cold build (every thread)${baseline ? ', with ms per extra article against the seeds' : ''}\n\n${phaseCpuTable(results, baseline)}`,
  );
  console.log(
    `\nCPU of the render phase by route type (samples shared among the pages logged)\n\n${routeCpuTable(results, baseline)}`,
  );
  console.log(`\nMemory by phase of the cold build\n\n${phaseMemoryTable(results)}`);
  console.log(
    `\nMemory of the render phase by route type (the route under way at each sample)\n\n${routeMemoryTable(results)}`,
  );
  console.log(`\nRender time by route type (as Astro logs it)\n\n${routesTable(results)}`);
  for (const r of results) {
    if (r.profile) console.log(`\nCPU profile, ${count(r.size)}:\n${r.profile.text}`);
    if (r.extraCpu)
      console.log(
        `\nWhere the extra CPU went, ${count(r.size)} against the seeds (main thread, total time ` +
          `of each function, ms per extra article):\n` +
          r.extraCpu.map((f) => `  ${f.msPerUnit.toFixed(2).padStart(8)}  ${f.name}`).join('\n'),
      );
    if (r.rebuild?.profile)
      console.log(`\nCPU profile of the rebuild, ${count(r.size)}:\n${r.rebuild.profile.text}`);
  }
  const options = { concurrency: CONCURRENCY ?? null, heapMb: HEAP ?? null, images: IMAGES };
  const file = saveResult('build', { machine: where, options, baseline, results });
  console.log(`\nSaved ${path.relative(process.cwd(), file)}`);
}
