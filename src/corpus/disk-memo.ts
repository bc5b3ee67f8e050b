/**
 * Results kept on disk between builds of one content folder: the parses of its files
 * (`parse-cache.ts`) and what corpus-wide linking found for pairs and entries (`link-cache.ts`).
 * One file per kind and content folder under `node_modules/.cache/clippings/<kind>/`, in Node's
 * structured-clone format (`node:v8`), written atomically (`lib/write-atomic.ts`). Each memo is
 * tied to a digest of the sources that compute its values and of the lock file: any change to
 * either starts it afresh. Each entry is sealed with its key and a checksum
 * (`lib/checked-bytes.ts`): an entry damaged on disk is dropped, counted (`problem()`, one line
 * for the build output) and made again. A save keeps only the values used in this run, so a memo
 * never grows beyond one build's worth.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { seal, unseal } from '../lib/checked-bytes.ts';
import { removeStaleFiles, STALE_TEMPORARY_MS } from '../lib/stale-files.ts';
import { writeAtomic } from '../lib/write-atomic.ts';

/** Values by key: what the corpus stage asks of a memo. */
export interface Memo<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** Keeps a value sealed already (`sealEntry(key, value)`, made in a worker thread). */
  setSealed?(key: string, sealed: Uint8Array): void;
}

/** A memo read from disk; `save` writes back the values used in this run only. */
export interface DiskMemo<V> extends Memo<V> {
  save(): Promise<void>;
  /** How many values were kept from the last run. */
  readonly size: number;
  /**
   * What was wrong with the memo on disk, as one line naming it: entries dropped because their
   * checksum failed, or a file that could not be read at all; undefined when nothing was.
   */
  problem(): string | undefined;
}

/** A memo that keeps nothing. */
function emptyMemo<V>(): DiskMemo<V> {
  return {
    get: () => undefined,
    set: () => undefined,
    save: async () => {},
    size: 0,
    problem: () => undefined,
  };
}

/** The memo file as stored: the sources' version and every entry sealed with its key. */
interface Stored {
  version: string;
  entries: Map<string, Uint8Array>;
}

/** `[key, value]` sealed: a value keeps its key, so an entry under the wrong key is refused. */
export function sealEntry(key: string, value: unknown): Uint8Array {
  return seal(serialize([key, value]));
}

/** The value of a sealed entry of `key`, or undefined when it is damaged. */
function openEntry<V>(key: string, sealed: Uint8Array): V | undefined {
  const payload = unseal(sealed);
  if (!payload) return undefined;
  try {
    const [storedKey, value] = deserialize(payload) as [unknown, V];
    return storedKey === key ? value : undefined;
  } catch {
    return undefined;
  }
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
  let kept = new Map<string, Uint8Array>();
  let unreadable = false;
  let bytes: Buffer | undefined;
  try {
    bytes = await readFile(file);
  } catch {
    // No memo yet: start afresh.
  }
  if (bytes) {
    try {
      const stored = deserialize(bytes) as Partial<Stored>;
      if (stored.version === version && stored.entries instanceof Map) kept = stored.entries;
    } catch {
      unreadable = true;
    }
  }
  let damaged = 0;
  const used = new Map<string, Uint8Array>();
  return {
    get size() {
      return kept.size;
    },
    get(key) {
      const sealed = kept.get(key);
      if (sealed === undefined) return undefined;
      const value = openEntry<V>(key, sealed);
      if (value === undefined) {
        damaged++;
        kept.delete(key);
        return undefined;
      }
      used.set(key, sealed);
      return value;
    },
    set(key, value) {
      used.set(key, sealEntry(key, value));
    },
    setSealed(key, sealed) {
      used.set(key, sealed);
    },
    problem() {
      if (unreadable) return `the ${kind} cache ${file} could not be read: it was made afresh`;
      if (damaged > 0)
        return `the ${kind} cache ${file}: ${damaged} damaged ${damaged === 1 ? 'entry' : 'entries'} (checksum failed) dropped and made again`;
      return undefined;
    },
    async save() {
      const stored: Stored = { version, entries: used };
      await writeAtomic(file, serialize(stored));
      kept = new Map(used);
      await removeStaleFiles(dir, '.v8');
      // Temporary files of builds killed while saving.
      await removeStaleFiles(dir, '.tmp', STALE_TEMPORARY_MS);
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
