/**
 * One corpus read shared by the collections built from it (articles and source files), so a
 * build parses each file once. Let go once both loaders have stored what they need (the content
 * store holds its own copy; at 50,000 files the read is gigabytes the render phase would carry),
 * and cleared when the content folder changes in dev.
 */
import path from 'node:path';
import { readCorpus } from '../corpus/read-corpus.ts';

type CorpusRead = Awaited<ReturnType<typeof readCorpus>>;

const reads = new Map<string, Promise<CorpusRead>>();
/** The loaders that read one corpus: the articles and the source files. */
const READERS = 2;
const released = new Map<string, number>();

/** The content folder: `CLIPPINGS_CONTENT`, else `content/` in the project. */
export function contentRoot(): string {
  return path.resolve(process.env.CLIPPINGS_CONTENT ?? 'content');
}

/** Reads the corpus under `root` once until `forget(root)`. */
export function corpusAt(root: string): Promise<CorpusRead> {
  let read = reads.get(root);
  if (!read) {
    read = readCorpus(root);
    reads.set(root, read);
  }
  return read;
}

/** A loader is done with the read of `root`: when both are, it is let go. */
export function release(root: string): void {
  const count = (released.get(root) ?? 0) + 1;
  if (count < READERS) released.set(root, count);
  else forget(root);
}

/** Drops the cached read so the next `corpusAt` reads the folder again. */
export function forget(root: string): void {
  reads.delete(root);
  released.delete(root);
}
