/**
 * The page manifest: what the last build into one output folder left there — for every page its
 * digest (what it was made from) and its file's size and SHA-1. One sealed file per output folder
 * (`lib/checked-bytes.ts`: a damaged manifest is recognised, and every page is made again) under
 * `node_modules/.cache/clippings/pages/`, written atomically, and only once the pages it lists
 * are on disk. A build that fails leaves the last manifest in place: what it lists is reused
 * where the file still matches.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { readSealed, writeSealed } from '../lib/checked-bytes.ts';
import { removeStaleFiles, STALE_TEMPORARY_MS } from '../lib/stale-files.ts';
import type { PageRecord } from './reuse-pages.ts';

export interface Manifest {
  outDir: string;
  version: string;
  pages: Map<string, PageRecord>;
}

/** A page as the manifest stores it: digest, size, SHA-1. */
type StoredPage = [string, number, string];

/** The manifest file of the output folder `outDir`. */
export function manifestFile(
  outDir: string,
  dir = path.resolve('node_modules/.cache/clippings/pages'),
): string {
  return path.join(
    dir,
    `${createHash('sha256').update(outDir).digest('hex').slice(0, 16)}.manifest`,
  );
}

/** The manifest in `file`: missing, damaged (its checksum fails or it is not a manifest), or read. */
export async function readManifest(
  file: string,
): Promise<{ state: 'missing' | 'damaged' } | { state: 'ok'; manifest: Manifest }> {
  const read = await readSealed(file);
  if (read.state !== 'ok') return read;
  try {
    const stored = JSON.parse(Buffer.from(read.payload).toString('utf8')) as {
      outDir: string;
      version: string;
      pages: Record<string, StoredPage>;
    };
    const pages = new Map<string, PageRecord>();
    for (const [url, [digest, size, sha1]] of Object.entries(stored.pages))
      pages.set(url, { digest, size, sha1 });
    return { state: 'ok', manifest: { outDir: stored.outDir, version: stored.version, pages } };
  } catch {
    return { state: 'damaged' };
  }
}

/** Writes `manifest` to `file` atomically; drops manifests of folders not built for 30 days. */
export async function writeManifest(file: string, manifest: Manifest): Promise<void> {
  const pages: Record<string, StoredPage> = {};
  for (const [url, { digest, size, sha1 }] of manifest.pages) pages[url] = [digest, size, sha1];
  const text = JSON.stringify({ outDir: manifest.outDir, version: manifest.version, pages });
  await writeSealed(file, Buffer.from(text, 'utf8'));
  // Manifests of output folders long gone, and those of the unsealed format before this one.
  await removeStaleFiles(path.dirname(file), '.manifest');
  await removeStaleFiles(path.dirname(file), '.json', 0);
  await removeStaleFiles(path.dirname(file), '.tmp', STALE_TEMPORARY_MS);
}
