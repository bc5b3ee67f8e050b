/**
 * Lists the input files under a content folder, recursively. Everything found is accounted for:
 * files that will not be read (hidden, editor backups, not `.txt`, too large, symlinks leading
 * outside the folder, unreadable) come back as `skipped` with the reason in plain words; the
 * `folder.yaml` files (folder defaults) come back apart, never as articles.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { FOLDER_FILE } from './folder-defaults.ts';

/** Files above this size are skipped: no news article is this long. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ListedFile {
  /** Path relative to the content folder, POSIX separators. */
  rel: string;
  abs: string;
  bytes: number;
}

export interface SkippedFile {
  rel: string;
  bytes: number;
  reason: string;
}

export interface Listing {
  files: ListedFile[];
  skipped: SkippedFile[];
  /** The `folder.yaml` files: folder defaults, never articles (`folder-defaults.ts`). */
  folderFiles: ListedFile[];
}

const BACKUP = /(?:~|\.swp|\.swo|\.bak|\.tmp|\.orig)$|^#.*#$/i;
const TEXT_FILE = /\.txt$/i;

/** Lists `.txt` files under `root` (sorted), and every other entry as skipped. */
export async function listFiles(root: string): Promise<Listing> {
  const base = await realpath(root);
  const listing: Listing = { files: [], skipped: [], folderFiles: [] };
  await walk(base, '', listing, base);
  listing.files.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  listing.skipped.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return listing;
}

async function walk(dir: string, relDir: string, listing: Listing, base: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    listing.skipped.push({
      rel: relDir || '.',
      bytes: 0,
      reason: `folder cannot be read (${code(error)})`,
    });
    return;
  }
  for (const name of names.sort()) {
    const abs = path.join(dir, name);
    const rel = relDir ? `${relDir}/${name}` : name;
    let info;
    try {
      info = await lstat(abs);
    } catch (error) {
      listing.skipped.push({ rel, bytes: 0, reason: `cannot be read (${code(error)})` });
      continue;
    }
    let target = abs;
    if (info.isSymbolicLink()) {
      try {
        target = await realpath(abs);
      } catch {
        listing.skipped.push({ rel, bytes: 0, reason: 'broken symlink' });
        continue;
      }
      if (target !== base && !target.startsWith(base + path.sep)) {
        listing.skipped.push({
          rel,
          bytes: 0,
          reason: 'symlink pointing outside the content folder (refused)',
        });
        continue;
      }
      info = await stat(target);
    }
    if (name.startsWith('.')) {
      listing.skipped.push({
        rel,
        bytes: info.isFile() ? info.size : 0,
        reason: info.isDirectory() ? 'hidden folder' : 'hidden file',
      });
      continue;
    }
    if (info.isDirectory()) {
      if (target !== abs) {
        listing.skipped.push({ rel, bytes: 0, reason: 'symlinked folder (not followed)' });
        continue;
      }
      await walk(abs, rel, listing, base);
      continue;
    }
    if (!info.isFile()) {
      listing.skipped.push({ rel, bytes: 0, reason: 'not a regular file' });
    } else if (name === FOLDER_FILE) {
      listing.folderFiles.push({ rel, abs: target, bytes: info.size });
    } else if (BACKUP.test(name)) {
      listing.skipped.push({ rel, bytes: info.size, reason: 'editor backup file' });
    } else if (!TEXT_FILE.test(name)) {
      listing.skipped.push({ rel, bytes: info.size, reason: 'not a .txt file' });
    } else if (info.size > MAX_FILE_BYTES) {
      listing.skipped.push({
        rel,
        bytes: info.size,
        reason: tooLarge(info.size),
      });
    } else {
      listing.files.push({ rel, abs: target, bytes: info.size });
    }
  }
}

/** The reason given for a file over the size limit. */
export function tooLarge(bytes: number): string {
  return `too large (${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`;
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}
