/**
 * One build at a time per output folder (an Astro integration, put first): `astro build` locks
 * the folders it writes before it writes anything, removes what a failed or killed build left
 * there, and ends with one line saying whether the output folder is complete.
 *
 * The folders locked (`lib/folder-lock.ts`, in this order): the output folder, the folder Astro
 * puts its server chunks in (`<outDir>/.prerender/`, or `<cwd>/.astro/.prerender/` when the
 * output folder is outside the working folder) and the project's `.astro/` (generated modules of
 * the content layer). A second build waits for the first up to `CLIPPINGS_LOCK_WAIT` seconds
 * (default 120), then fails naming the build that holds the folder (pid, host, since when). A
 * lock whose holder process is gone is taken over.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { lockFolder, type HeldLock } from '../lib/folder-lock.ts';

/** How long a build waits for another build of the same folders: `CLIPPINGS_LOCK_WAIT` seconds. */
export function lockWaitMs(value = process.env['CLIPPINGS_LOCK_WAIT']): number {
  const seconds = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(seconds) && seconds >= 0
    ? seconds * 1000
    : 120_000;
}

/**
 * The folders a static build into `outDir` writes, from the project `root` run in `cwd`, in the
 * order they are locked: the output folder, the server chunks' folder, `.astro/`.
 */
export function buildFolders(root: string, outDir: string, cwd = process.cwd()): string[] {
  const inCwd = outDir === cwd || outDir.startsWith(cwd + path.sep);
  // Astro's own rule (`getOutDirWithinCwd`): server chunks go beside the pages, or under
  // `<cwd>/.astro/` when the output folder is outside the working folder.
  const server = inCwd ? outDir : path.join(cwd, '.astro');
  return [...new Set([outDir, server, path.join(root, '.astro')])];
}

export function buildLock(): AstroIntegration {
  let command = '';
  const held: HeldLock[] = [];
  let outDir = '';
  let locked = false;
  let finished = false;
  const onExit = (code: number): void => {
    for (const lock of held.splice(0).reverse()) lock.release();
    // The build's last line: whether what is in the output folder may be published.
    process.stdout.write(
      !locked
        ? `[clippings] the build did not start: nothing was written to ${outDir}.\n`
        : finished && code === 0
          ? `[clippings] ${outDir} is complete.\n`
          : `[clippings] the build failed: ${outDir} is incomplete, do not publish it (the next build repairs it).\n`,
    );
  };
  return {
    name: 'clippings:build-lock',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': async ({ config, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root).replace(/[\\/]+$/, '');
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        const folders = buildFolders(root, outDir);
        process.on('exit', onExit);
        for (const folder of folders)
          held.push(
            await lockFolder(folder, `astro build into ${outDir}`, {
              waitMs: lockWaitMs(),
              onWait: (message) => logger.warn(message),
            }),
          );
        locked = true;
        // Server chunks of a build that failed or was killed; half-written pages are found by
        // the page cache (their content hash no longer matches) and made again.
        for (const folder of folders.slice(0, 2)) {
          rmSync(path.join(folder, '.prerender'), { recursive: true, force: true });
        }
      },
      'astro:build:done': () => {
        finished = true;
      },
    },
  };
}
