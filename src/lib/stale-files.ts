/** Cache housekeeping: files of a cache folder not written for a long time are removed. */
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** How long a cache file for a folder that is no longer built is kept: 30 days. */
export const STALE_MS = 30 * 24 * 60 * 60 * 1000;

/** How long a temporary file (`write-atomic.ts`) is left for the write that made it: an hour. */
export const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** Removes the files of `dir` ending in `suffix` last written more than `maxAgeMs` ago. */
export async function removeStaleFiles(
  dir: string,
  suffix: string,
  maxAgeMs = STALE_MS,
): Promise<void> {
  const before = Date.now() - maxAgeMs;
  for (const name of await readdir(dir)) {
    if (!name.endsWith(suffix)) continue;
    const at = path.join(dir, name);
    if ((await stat(at)).mtimeMs < before) await rm(at, { force: true });
  }
}
