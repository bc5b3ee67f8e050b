/**
 * What the page manifest knows of each page's file: its size and a SHA-1 of its bytes, so that a
 * page is reused only when its file is exactly what the last build wrote (not truncated, emptied
 * or edited since) — its existence is not enough.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A page's file as a build left it. */
export interface PageFile {
  size: number;
  /** SHA-1 of the file's bytes, base64url. */
  sha1: string;
}

/** The size and SHA-1 of a page's bytes. */
export function bytesFile(bytes: Uint8Array): PageFile {
  return { size: bytes.byteLength, sha1: createHash('sha1').update(bytes).digest('base64url') };
}

/** The size and SHA-1 of the file `file`, or undefined when it cannot be read. */
export function pageFile(file: string): PageFile | undefined {
  try {
    return bytesFile(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** Whether `file` is the file `expected` describes: the same size and the same SHA-1. */
export function fileMatches(file: string, expected: PageFile): boolean {
  let bytes: Buffer;
  try {
    // One read, no separate stat: at 65,000 reused pages a system call less per page counts.
    bytes = readFileSync(file);
  } catch {
    return false;
  }
  return (
    bytes.byteLength === expected.size &&
    createHash('sha1').update(bytes).digest('base64url') === expected.sha1
  );
}
