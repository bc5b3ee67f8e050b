/**
 * The pages' side of the page cache: `reusePages` in a route's `getStaticPaths` drops the pages
 * whose digest (the site's version, the URL, the props) matches the last build's and whose file
 * the last build left, so Astro renders only the others and their files stay; the integration
 * (`./integration.ts`) removes what the build neither wrote nor reused. Outside a build with the cache on
 * (`astro dev`, `CLIPPINGS_PAGE_CACHE=off`) every page is kept.
 *
 * A page may be reused only if everything it shows comes from its props (and the site's code):
 * a route whose template reads anything else must put it in the props (as `raw/` does with the
 * digest of the file's bytes) or not use `reusePages`.
 */
import path from 'node:path';
import { outputFile, pageDigest } from './digest.ts';
import { fileMatches, type PageFile } from './page-file.ts';

/** A page in the manifest: the digest of what it is made from, and its file as written. */
export interface PageRecord extends PageFile {
  digest: string;
}

/** One build's page cache, shared between the integration and the routes' `getStaticPaths`. */
export interface PageCacheRun {
  /** Digest of the site's code, lock file, build settings and day. */
  version: string;
  /** URL → the last build's pages: their digests and files. */
  previous: ReadonlyMap<string, PageRecord>;
  /** The output folder, holding the last build's files until this build replaces them. */
  outDir: string;
  /** URL → digest of this build's pages, reused or not. */
  next: Map<string, string>;
  /** URLs of pages not rendered again: their files stay as the last build left them. */
  reused: Set<string>;
  /**
   * URLs of pages whose digest matched but whose file was missing or not what the last build
   * wrote (truncated, emptied, edited): rendered again.
   */
  repaired: Set<string>;
  /** Files last written before this time (ms) and not reused are removed at the end. */
  startedAt: number;
}

// The routes run in the prerender bundle, a module graph of its own: the run is kept on
// globalThis, not in a module variable.
const KEY = Symbol.for('clippings.page-cache.run');

const shared = globalThis as { [KEY]?: PageCacheRun | undefined };

export function currentRun(): PageCacheRun | undefined {
  return shared[KEY];
}

export function setCurrentRun(run: PageCacheRun | undefined): void {
  shared[KEY] = run;
}

/**
 * The URL of a route's page: `/outlets/[slug]/[...page]/` with `{ slug: 'cnn' }` is
 * `/outlets/cnn/`; with `{ slug: 'cnn', page: '2' }`, `/outlets/cnn/2/`.
 */
export function routeUrl(
  route: string,
  params: Readonly<Record<string, string | number | undefined>>,
): string {
  return route
    .replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => String(params[name] ?? ''))
    .replace(/\/{2,}/g, '/');
}

/**
 * The paths of `route` (its pattern, as `routeUrl` takes it) that Astro must render: those that
 * cannot be taken from the last build — the digest changed, or the file is not byte for byte what
 * the last build wrote (its size and SHA-1 are checked).
 */
export function reusePages<
  T extends { params: Readonly<Record<string, string | number | undefined>>; props?: unknown },
>(route: string, paths: readonly T[]): T[] {
  const run = currentRun();
  if (!run) return [...paths];
  const render: T[] = [];
  for (const p of paths) {
    const url = routeUrl(route, p.params);
    const digest = pageDigest(run.version, url, p.props ?? null);
    run.next.set(url, digest);
    const before = run.previous.get(url);
    if (before?.digest !== digest) render.push(p);
    else if (run.reused.has(url) || fileMatches(path.join(run.outDir, outputFile(url)), before))
      run.reused.add(url);
    else {
      run.repaired.add(url);
      render.push(p);
    }
  }
  return render;
}
