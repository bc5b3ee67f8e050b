/**
 * The page cache (an Astro integration): a rebuild renders only the pages whose input changed.
 *
 * - Setup: Astro is told not to empty the output folder.
 * - `astro:build:start`: the last build's page manifest (`./manifest.ts`: URL → digest, size,
 *   SHA-1) is read; the routes' `getStaticPaths` call `reusePages`, which leaves out the pages
 *   whose digest is unchanged and whose file is byte for byte what the last build wrote.
 * - `astro:build:done`: every file of the output folder that this build neither wrote nor reused
 *   (pages of removed articles, old assets) is removed, then the new manifest is written, and
 *   the build says how many damaged pages it made again.
 *
 * The manifest lives in `node_modules/.cache/clippings/pages/` (under the working folder, like
 * the parse cache), one per output folder. The version that every digest includes covers `src/`,
 * the config, the lock file, the `CLIPPINGS_*` settings, the base path and site, and the day
 * (pages show the day they were built in their citations). `CLIPPINGS_PAGE_CACHE=off` renders
 * every page into an emptied folder, as Astro does by itself.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { settingOn } from '../lib/settings.ts';
import { outputFile } from './digest.ts';
import { manifestFile as manifestPath, readManifest, writeManifest } from './manifest.ts';
import { bytesFile, pageFile } from './page-file.ts';
import { currentRun, setCurrentRun, type PageCacheRun, type PageRecord } from './reuse-pages.ts';
import { recordingPrerenderer, type WrittenPages } from './written-pages.ts';
import {
  directPagesSummary,
  directPrerenderer,
  pagesWrittenDirectly,
  resetDirectPages,
} from './direct-pages.ts';

export interface PageCacheOptions {
  /**
   * Filled at the end of a build with the absolute URLs of the reused HTML pages (when the
   * site's address is known), for an integration listing every page — give it to the sitemap's
   * `customPages`, and put this integration before the sitemap's.
   */
  reusedUrls?: string[];
}

/** Whether the page cache is on (`CLIPPINGS_PAGE_CACHE` unset or anything but off/0/false/no). */
export function pageCacheEnabled(): boolean {
  return settingOn(process.env['CLIPPINGS_PAGE_CACHE']);
}

export function pageCache(options: PageCacheOptions = {}): AstroIntegration {
  let root = '';
  let outDir = '';
  let base = '/';
  let site: string | undefined;
  /** The manifest of this output folder (known once the config is). */
  let manifestFile = '';
  /** When the build's page phase began (for the one summary line). */
  let buildStarted = 0;
  /** The files of the pages this build rendered, as they were rendered. */
  const written: WrittenPages = new Map();
  return {
    name: 'clippings:page-cache',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // The output folder is not emptied: reused pages stay where they are, and what this
        // build neither writes nor reuses is removed at its end.
        if (pageCacheEnabled()) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        manifestFile = manifestPath(outDir);
        base = config.base;
        site = config.site;
      },
      'astro:build:start': async ({ logger, setPrerenderer }) => {
        buildStarted = Date.now();
        setCurrentRun(undefined);
        written.clear();
        resetDirectPages();
        if (!pageCacheEnabled()) {
          setPrerenderer((astros) => directPrerenderer(astros, base, logger, { outDir }));
          return;
        }
        const record = (file: string, bytes: Uint8Array): void => {
          written.set(file, bytesFile(bytes));
        };
        setPrerenderer((astros) =>
          recordingPrerenderer(
            directPrerenderer(astros, base, logger, { outDir, record }),
            base,
            written,
          ),
        );
        // The last manifest stays until this build's replaces it: should this build fail, the
        // next reuses what it lists wherever the file still matches.
        const read = await readManifest(manifestFile);
        if (read.state === 'damaged')
          logger.warn(`the page manifest ${manifestFile} is damaged: every page is made`);
        const manifest = read.state === 'ok' ? read.manifest : null;
        const version = await siteVersion(root, { base, site });
        const previous =
          manifest && manifest.outDir === outDir && manifest.version === version
            ? manifest.pages
            : new Map<string, PageRecord>();
        // Files last written before this (a second early, for file systems that keep whole
        // seconds) and not reused are the last build's leftovers.
        const startedAt = Math.floor(Date.now() / 1000) * 1000 - 1000;
        setCurrentRun({
          version,
          previous,
          outDir,
          next: new Map(),
          reused: new Set(),
          repaired: new Set(),
          startedAt,
        });
        if (manifest && previous.size === 0)
          logger.info('the site or its settings changed since the last build: every page is made');
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const line of directPagesSummary()) logger.info(line);
        const run = currentRun();
        setCurrentRun(undefined);
        const out = fileURLToPath(dir);
        // Pages written outside Astro's loop are not among the pages Astro lists for the sitemap.
        if (site && options.reusedUrls) {
          const prefix = new URL(base.endsWith('/') ? base : `${base}/`, site);
          for (const url of pagesWrittenDirectly())
            if (url.endsWith('/'))
              options.reusedUrls.push(new URL(url.replace(/^\/+/, ''), prefix).href);
        }
        if (!run) {
          logger.info(
            writtenSummary(
              await siteFiles(out),
              { reused: 0, cached: 0 },
              Date.now() - buildStarted,
            ),
          );
          return;
        }
        const files = await removeStale(out, run);
        await removeEmptyFolders(out);
        // Every page is on disk now: the manifest may list them.
        await writeManifest(manifestFile, {
          outDir,
          version: run.version,
          pages: pageRecords(run, out, written),
        });
        written.clear();
        if (site && options.reusedUrls) {
          const prefix = new URL(base.endsWith('/') ? base : `${base}/`, site);
          // Pages only: Astro lists no endpoint (`.txt`, `.json`, `.png`) among the pages it made.
          for (const url of run.reused)
            if (url.endsWith('/')) options.reusedUrls.push(new URL(url.slice(1), prefix).href);
        }
        logger.info(
          writtenSummary(
            siteFilesOf(out, files),
            { reused: run.reused.size, cached: run.next.size },
            Date.now() - buildStarted,
          ),
        );
        if (run.repaired.size > 0)
          logger.warn(
            `${run.repaired.size} damaged pages repaired (missing, or not what the last build wrote): ` +
              [...run.repaired].slice(0, 5).join(', ') +
              (run.repaired.size > 5 ? ', …' : ''),
          );
      },
    },
  };
}

/**
 * The manifest's record of every page of this build: a reused page's as the last build's
 * manifest has it (its file was checked against it), a rendered page's from the bytes it was
 * rendered to (`written`), or else read from its new file.
 */
function pageRecords(
  run: PageCacheRun,
  out: string,
  written: WrittenPages,
): Map<string, PageRecord> {
  const pages = new Map<string, PageRecord>();
  for (const [url, digest] of run.next) {
    const before = run.previous.get(url);
    const name = outputFile(url);
    const file =
      run.reused.has(url) && before
        ? before
        : (written.get(name) ?? pageFile(path.join(out, name)));
    // A page Astro wrote no file for is left out: it is rendered again next time.
    if (file) pages.set(url, { digest, size: file.size, sha1: file.sha1 });
  }
  return pages;
}

/** Every file under `out`, as absolute paths. */
async function listFiles(out: string): Promise<string[]> {
  return (await readdir(out, { recursive: true, withFileTypes: true }))
    .filter((item) => item.isFile())
    .map((item) => path.join(item.parentPath, item.name));
}

/**
 * Removes what this build neither wrote nor reused (pages of removed articles, old assets) and
 * returns the files left. The files of the pages this build rendered or reused are known from
 * the run; only the others (Astro's assets, pages outside the cache) are looked at, by their
 * modification time: at 50,000 articles that is a few hundred files, not 380,000.
 */
async function removeStale(out: string, run: PageCacheRun): Promise<string[]> {
  const known = new Set([...run.next.keys()].map((url) => path.join(out, outputFile(url))));
  const left: string[] = [];
  for (const file of await listFiles(out)) {
    if (!known.has(file) && (await stat(file)).mtimeMs < run.startedAt)
      await rm(file, { force: true });
    else left.push(file);
  }
  return left;
}

/** The files of a built site (its bundled scripts and styles, `_astro/`, left out). */
async function siteFiles(out: string): Promise<string[]> {
  return siteFilesOf(out, await listFiles(out));
}

/** `files` (absolute, under `out`) as the site's paths, `_astro/` left out. */
function siteFilesOf(out: string, files: readonly string[]): string[] {
  return files
    .map((file) => path.relative(out, file).split(path.sep).join('/'))
    .filter((file) => !file.startsWith('_astro/'));
}

/**
 * The build's one page count: every file of the site (`.html` a page, anything else a file such
 * as raw text, data, feeds or images), the time taken, how many were made, and how many of the
 * `cached` files the page cache looks after (not the few single pages, always made) were reused.
 */
export function writtenSummary(
  files: readonly string[],
  reuse: { reused: number; cached: number },
  ms: number,
): string {
  const pages = files.filter((file) => file.endsWith('.html')).length;
  const count = (n: number): string => n.toLocaleString('en-GB');
  return (
    `${count(pages)} pages and ${count(files.length - pages)} other files (raw text, data, feeds, images) ` +
    `in ${(ms / 1000).toFixed(1)} s: ${count(files.length - reuse.reused)} made, ` +
    `${count(reuse.reused)} of ${count(reuse.cached)} reused from the last build`
  );
}

/** Removes the empty folders under `dir` (those whose pages were all removed). */
async function removeEmptyFolders(dir: string): Promise<boolean> {
  let empty = true;
  for (const item of await readdir(dir, { withFileTypes: true })) {
    if (item.isDirectory() && (await removeEmptyFolders(path.join(dir, item.name)))) {
      await rmdir(path.join(dir, item.name));
    } else empty = false;
  }
  return empty;
}

/** Settings that change no page: where the content is read from (the props carry it), caches. */
const NOT_SHOWN = new Set([
  'CLIPPINGS_CONTENT',
  'CLIPPINGS_CACHE',
  'CLIPPINGS_PAGE_CACHE',
  'CLIPPINGS_STRICT',
  'CLIPPINGS_BENCH_USAGE',
]);

/**
 * The version every page digest includes: the site's sources (`src/`), config and lock file, the
 * `CLIPPINGS_*` settings but the content folder (the props carry the content), the base path,
 * the site's address and the day.
 */
async function siteVersion(
  root: string,
  settings: { base: string; site: string | undefined },
): Promise<string> {
  const digest = createHash('sha256');
  const sources = (await readdir(path.join(root, 'src'), { withFileTypes: true, recursive: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of [
    ...sources,
    path.join(root, 'astro.config.mjs'),
    path.join(root, 'package-lock.json'),
  ]) {
    digest.update(path.relative(root, file)).update('\0');
    try {
      digest.update(await readFile(file));
    } catch {
      digest.update('missing');
    }
  }
  const env = Object.entries(process.env)
    .filter(([k]) => k.startsWith('CLIPPINGS_') && !NOT_SHOWN.has(k))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  digest.update(JSON.stringify({ env, ...settings, day: new Date().toISOString().slice(0, 10) }));
  return digest.digest('hex');
}
