/**
 * The bytes of every input file as the corpus read them, for `/raw/<id>.txt`: the raw-text route
 * serves the bytes that were parsed, not a second read of the content folder — a file edited or
 * deleted while the build runs can neither fail the build nor make its raw text disagree with
 * its article page. Written by the articles loader beside the details file (`kept-file.ts`).
 */
import type { InputFile } from '../corpus/build-corpus.ts';
import { readKept, writeKept } from './kept-file.ts';

/** Writes the bytes of every input file of `root`, by path relative to it. */
export function writeRawFiles(root: string, inputs: readonly InputFile[]): Promise<void> {
  return writeKept('raw', root, new Map(inputs.map((f) => [f.rel, f.bytes])));
}

/** The bytes of every input file of `root` as the last load read them, by relative path. */
export function readRawFiles(root: string): Promise<ReadonlyMap<string, Uint8Array>> {
  return readKept('raw', root, 'the raw bytes file');
}
