/**
 * The page cache (an Astro integration): a rebuild renders only the pages whose input changed.
 *
 * - `astro:build:start`: the last build's output folder is moved aside (one rename: Astro then
 *   has nothing to empty) and its page manifest (URL → digest) read; routes call `reusePages`.
 * - `astro:build:done`: the files of the reused pages are moved back into the new output, the
 *   new manifest is written, and what is left of the old output is removed.
 *
 * The manifest lives in `node_modules/.cache/clippings/pages/` (under the working folder, like
 * the parse cache), one per output folder. The
 * version that every digest includes covers `src/`, the config, the lock file, the `CLIPPINGS_*`
 * settings, the base path and site, and the day (pages show the day they were built in their
 * citations). `CLIPPINGS_PAGE_CACHE=off` renders every page.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeStaleFiles } from '../utils/stale-files.ts';
import { outputFile } from './digest.ts';
import { currentRun, setCurrentRun } from './reuse-pages.ts';

export interface PageCacheOptions {
  /**
   * Filled at the end of a build with the absolute URLs of the reused HTML pages (when the
   * site's address is known), for an integration listing every page — give it to the sitemap's
   * `customPages`, and put this integration before the sitemap's.
   */
  reusedUrls?: string[];
}

interface Manifest {
  outDir: string;
  version: string;
  pages: Record<string, string>;
}

/** Whether the page cache is on (`CLIPPINGS_PAGE_CACHE` unset or anything but off/0/false/no). */
export function pageCacheEnabled(): boolean {
  return !/^(?:off|0|false|no)$/i.test(process.env['CLIPPINGS_PAGE_CACHE'] ?? '');
}

export function pageCache(options: PageCacheOptions = {}): AstroIntegration {
  let root = '';
  let outDir = '';
  let base = '/';
  let site: string | undefined;
  const manifestFile = (): string =>
    path.resolve(
      'node_modules/.cache/clippings/pages',
      `${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}.json`,
    );
  return {
    name: 'clippings:page-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        base = config.base;
        site = config.site;
      },
      'astro:build:start': async ({ logger }) => {
        setCurrentRun(undefined);
        if (!pageCacheEnabled()) return;
        const previousDir = path.join(
          path.dirname(outDir),
          `.${path.basename(outDir)}.previous-build`,
        );
        // Left over by a build that failed: it is of no use.
        await rm(previousDir, { recursive: true, force: true });
        let manifest: Manifest | null = null;
        try {
          manifest = JSON.parse(await readFile(manifestFile(), 'utf8')) as Manifest;
        } catch {
          // No manifest yet: every page is rendered.
        }
        // Until this build ends, the old manifest describes nothing.
        await rm(manifestFile(), { force: true });
        if (existsSync(outDir)) await rename(outDir, previousDir);
        const version = await siteVersion(root, { base, site });
        const previous =
          manifest && manifest.outDir === outDir && manifest.version === version
            ? new Map(Object.entries(manifest.pages))
            : new Map<string, string>();
        setCurrentRun({ version, previous, previousDir, next: new Map(), reused: new Set() });
        if (manifest && previous.size === 0)
          logger.info('the site or its settings changed since the last build: every page is made');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const run = currentRun();
        setCurrentRun(undefined);
        if (!run) return;
        const out = fileURLToPath(dir);
        const made = new Set<string>();
        for (const url of run.reused) {
          const file = outputFile(url);
          const parent = path.dirname(path.join(out, file));
          if (!made.has(parent)) {
            await mkdir(parent, { recursive: true });
            made.add(parent);
          }
          try {
            await rename(path.join(run.previousDir, file), path.join(out, file));
          } catch (error) {
            await rm(manifestFile(), { force: true });
            throw new Error(
              `the page cache could not restore ${file} from the last build (${String(error)}); build again, or with CLIPPINGS_PAGE_CACHE=off`,
              { cause: error },
            );
          }
        }
        const manifest: Manifest = {
          outDir,
          version: run.version,
          pages: Object.fromEntries(run.next),
        };
        await mkdir(path.dirname(manifestFile()), { recursive: true });
        await writeFile(`${manifestFile()}.tmp`, JSON.stringify(manifest));
        await rename(`${manifestFile()}.tmp`, manifestFile());
        await rm(run.previousDir, { recursive: true, force: true });
        // Manifests of output folders not built for 30 days (folders long gone, most often).
        await removeStaleFiles(path.dirname(manifestFile()), '.json');
        if (site && options.reusedUrls) {
          const prefix = new URL(base.endsWith('/') ? base : `${base}/`, site);
          // Pages only: Astro lists no endpoint (`.txt`, `.json`, `.png`) among the pages it made.
          for (const url of run.reused)
            if (url.endsWith('/')) options.reusedUrls.push(new URL(url.slice(1), prefix).href);
        }
        logger.info(
          `${run.reused.size} of ${run.next.size} pages reused from the last build, ${run.next.size - run.reused.size} made`,
        );
      },
    },
  };
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
