/**
 * Results kept on disk between builds of one content folder: the parses of its files
 * (`parse-cache.ts`) and what corpus-wide linking found for pairs and entries (`link-cache.ts`).
 * One file per kind and content folder under `node_modules/.cache/clippings/<kind>/`, in Node's
 * structured-clone format (`node:v8`). Each memo is tied to a digest of the sources that compute
 * its values and of the lock file: any change to either starts it afresh. A save keeps only the
 * values used in this run, so a memo never grows beyond one build's worth.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { removeStaleFiles } from '../lib/stale-files.ts';

/** Values by key: what the corpus stage asks of a memo. */
export interface Memo<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}

/** A memo read from disk; `save` writes back the values used in this run only. */
export interface DiskMemo<V> extends Memo<V> {
  save(): Promise<void>;
  /** How many values were kept from the last run. */
  readonly size: number;
}

/** A memo that keeps nothing. */
function emptyMemo<V>(): DiskMemo<V> {
  return { get: () => undefined, set: () => undefined, save: async () => {}, size: 0 };
}

/**
 * Opens the memo `kind` of the content folder `root` under `dir`; its values are valid while the
 * files and folders in `sources` (absolute paths; `.ts` files are read) and the lock file are
 * unchanged. A missing or stale memo starts empty; when a source cannot be read it keeps nothing.
 */
export async function openDiskMemo<V>(
  kind: string,
  root: string,
  sources: readonly string[],
  dir = path.resolve('node_modules/.cache/clippings', kind),
): Promise<DiskMemo<V>> {
  const file = path.join(dir, `${hash(path.resolve(root)).slice(0, 16)}.v8`);
  const version = await sourcesVersion(sources);
  // Without the sources to fingerprint, a kept value could be stale: keep nothing.
  if (version === null) return emptyMemo();
  let kept = new Map<string, V>();
  try {
    const stored = deserialize(await readFile(file)) as { version: string; values: Map<string, V> };
    if (stored.version === version) kept = stored.values;
  } catch {
    // No memo yet, or unreadable: start afresh.
  }
  const used = new Map<string, V>();
  return {
    get size() {
      return kept.size;
    },
    get(key) {
      const value = kept.get(key);
      if (value !== undefined) used.set(key, value);
      return value;
    },
    set(key, value) {
      used.set(key, value);
    },
    async save() {
      await mkdir(dir, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, serialize({ version, values: used }));
      await rename(temporary, file);
      kept = used;
      await removeStaleFiles(dir, '.v8');
    },
  };
}

const versions = new Map<string, Promise<string | null>>();

/** A digest of the `.ts` files under `sources` and the lock file; null when none can be read. */
function sourcesVersion(sources: readonly string[]): Promise<string | null> {
  const key = sources.join('\0');
  let version = versions.get(key);
  if (!version) {
    version = (async () => {
      const listed = await Promise.all(sources.map(listSources));
      // A source that cannot be read (the code runs from a bundle) leaves the version unknown.
      if (listed.some((files) => files.length === 0)) return null;
      const files = listed.flat().sort();
      const digest = createHash('sha256');
      for (const f of files) digest.update(f).update(await readFile(f));
      try {
        digest.update(await readFile(path.resolve('package-lock.json')));
      } catch {
        // Not in a project checkout: the sources alone decide.
      }
      return digest.digest('hex');
    })();
    versions.set(key, version);
  }
  return version;
}

/** The `.ts` files of a folder, or the file itself; none when it does not exist. */
async function listSources(at: string): Promise<string[]> {
  try {
    if ((await stat(at)).isFile()) return at.endsWith('.ts') ? [at] : [];
    const entries = await readdir(at, { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

/** A short digest of a text, for keys. */
export function textDigest(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
