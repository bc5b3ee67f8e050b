/**
 * One corpus read shared by the collections built from it (articles and source files), so a
 * build parses each file once. Cleared when the content folder changes in dev.
 */
import path from 'node:path';
import { readCorpus } from '../corpus/read-corpus.ts';

type CorpusRead = Awaited<ReturnType<typeof readCorpus>>;

const reads = new Map<string, Promise<CorpusRead>>();

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

/** Drops the cached read so the next `corpusAt` reads the folder again. */
export function forget(root: string): void {
  reads.delete(root);
}
