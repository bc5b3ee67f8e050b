/**
 * The parse cache: each file's parse kept between builds, so a rebuild after editing one file
 * parses that file (and any file whose drop-cap repair depended on words the edit changed)
 * instead of the whole folder. A disk memo (`disk-memo.ts`) under
 * `node_modules/.cache/clippings/parse/`, tied to the parser's own source and the lock file.
 * `CLIPPINGS_CACHE=off` turns it off.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { settingOn } from '../lib/settings.ts';
import type { CachedParse } from './build-corpus.ts';
import { openDiskMemo, type DiskMemo } from './disk-memo.ts';

/** Sources whose change invalidates every kept parse: the pipeline and what shapes its output. */
const SOURCES = ['../pipeline', './build-corpus.ts', '../schemas'].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);

/** A parse cache read from disk; `save` writes back the parses used in this run only. */
export type DiskParseCache = DiskMemo<CachedParse>;

/** Whether the caches are on (`CLIPPINGS_CACHE` unset or anything but off/0/false/no). */
export function parseCacheEnabled(): boolean {
  return settingOn(process.env['CLIPPINGS_CACHE']);
}

/** Opens the parse cache of the content folder `root`; a missing or stale cache starts empty. */
export function openParseCache(
  root: string,
  dir = path.resolve('node_modules/.cache/clippings/parse'),
): Promise<DiskParseCache> {
  return openDiskMemo<CachedParse>('parse', root, SOURCES, dir);
}
