/**
 * What the loaders write for the pages of the same build to read back: one file per kind and
 * content folder under `node_modules/.cache/clippings/<kind>/` (the article details, the raw
 * bytes of the input files), in Node's structured-clone format (`node:v8`), sealed with a
 * checksum and written atomically (`lib/checked-bytes.ts`). Each is read once, and again only
 * when a loader has written it anew (in dev).
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readSealed, writeSealed } from '../lib/checked-bytes.ts';
import { removeStaleFiles, STALE_TEMPORARY_MS } from '../lib/stale-files.ts';

/** The file of `kind` for the content folder `root`. */
export function keptFile(
  kind: string,
  root: string,
  dir = path.resolve('node_modules/.cache/clippings', kind),
): string {
  const key = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
  return path.join(dir, `${key}.v8`);
}

/** Writes `value` as the file of `kind` for `root`, replacing it whole. */
export async function writeKept(kind: string, root: string, value: unknown): Promise<void> {
  const file = keptFile(kind, root);
  await writeSealed(file, serialize(value));
  await removeStaleFiles(path.dirname(file), '.v8');
  await removeStaleFiles(path.dirname(file), '.tmp', STALE_TEMPORARY_MS);
}

/** The last value read of each file, and the identity of the file it was read from. */
const reads = new Map<string, { version: string; value: Promise<unknown> }>();

/**
 * The value of the file of `kind` for `root`: read once, and again only when it was written
 * anew. Throws, naming the file, when none was written or it is damaged (its checksum fails).
 */
export async function readKept<T>(kind: string, root: string, what: string): Promise<T> {
  const file = keptFile(kind, root);
  const { ino, size, mtimeMs } = await stat(file);
  const version = `${ino}:${size}:${mtimeMs}`;
  let read = reads.get(file);
  if (read?.version !== version) {
    read = {
      version,
      value: readSealed(file).then((sealed) => {
        // Written by this build's loader moments before; damaged since, it cannot be trusted.
        if (sealed.state !== 'ok')
          throw new Error(`${what} ${file} is ${sealed.state} (its checksum failed): build again`);
        return deserialize(sealed.payload) as unknown;
      }),
    };
    reads.set(file, read);
  }
  return read.value as Promise<T>;
}
