/**
 * The parse cache on disk: each file's parse kept between builds, so a rebuild after editing one
 * file parses that file (and any file whose drop-cap repair depended on words the edit changed)
 * instead of the whole folder. One file per content folder under
 * `node_modules/.cache/clippings/parse/`, in Node's structured-clone format (`node:v8`). The cache
 * is tied to the parser's own source and the lock file: any change to either starts it afresh.
 * `CLIPPINGS_CACHE=off` turns it off.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { removeStaleFiles } from '../utils/stale-files.ts';
import { settingOn } from '../utils/settings.ts';
import type { ParseCache, ParsedFile } from './build-corpus.ts';

/** Sources whose change invalidates every kept parse: the pipeline and what shapes its output. */
const SOURCES = ['../pipeline', './build-corpus.ts', '../schemas'].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);

/** A parse cache read from disk; `save` writes back the parses used in this run only. */
export interface DiskParseCache extends ParseCache {
  save(): Promise<void>;
  /** How many parses were kept from the last run. */
  readonly size: number;
}

/** Whether the cache is on (`CLIPPINGS_CACHE` unset or anything but off/0/false/no). */
export function parseCacheEnabled(): boolean {
  return settingOn(process.env['CLIPPINGS_CACHE']);
}

/** Opens the cache of the content folder `root`; a missing or stale cache starts empty. */
export async function openParseCache(
  root: string,
  dir = path.resolve('node_modules/.cache/clippings/parse'),
): Promise<DiskParseCache> {
  const file = path.join(dir, `${hash(path.resolve(root)).slice(0, 16)}.v8`);
  const version = await parserVersion();
  // Without the parser's sources to fingerprint, a kept parse could be stale: keep nothing.
  if (version === null)
    return { get: () => undefined, set: () => undefined, save: async () => {}, size: 0 };
  let kept = new Map<string, ParsedFile>();
  try {
    const stored = deserialize(await readFile(file)) as {
      version: string;
      parses: Map<string, ParsedFile>;
    };
    if (stored.version === version) kept = stored.parses;
  } catch {
    // No cache yet, or unreadable: start afresh.
  }
  const used = new Map<string, ParsedFile>();
  return {
    get size() {
      return kept.size;
    },
    get(key) {
      const parsed = kept.get(key);
      if (parsed) used.set(key, parsed);
      return parsed;
    },
    set(key, parsed) {
      used.set(key, parsed);
    },
    async save() {
      await mkdir(dir, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, serialize({ version, parses: used }));
      await rename(temporary, file);
      kept = used;
      await removeStaleFiles(dir, '.v8');
    },
  };
}

let version: Promise<string | null> | undefined;

/** A digest of the parser's sources and the lock file; null when the sources cannot be read. */
function parserVersion(): Promise<string | null> {
  version ??= (async () => {
    const digest = createHash('sha256');
    const files = (await Promise.all(SOURCES.map(listSources))).flat().sort();
    if (!files.some((f) => f.includes(`${path.sep}pipeline${path.sep}`))) return null;
    for (const f of files) digest.update(f).update(await readFile(f));
    try {
      digest.update(await readFile(path.resolve('package-lock.json')));
    } catch {
      // Not in a project checkout: the sources alone decide.
    }
    return digest.digest('hex');
  })();
  return version;
}

async function listSources(at: string): Promise<string[]> {
  try {
    const entries = await readdir(at, { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => path.join(e.parentPath, e.name));
  } catch {
    return at.endsWith('.ts') ? [at] : [];
  }
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
