/**
 * A worker thread of `parse-workers.ts`: parses the files it is sent against the corpus
 * vocabulary it was started with, and sends back each file's parse (or the error it threw) and,
 * when the corpus is to be linked, the names each entry's text holds (`entryNames`).
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { vocabularyOf, type VocabularyCounts } from '../pipeline/vocabulary.ts';
import { tryParseJob, type ParseJob, type ParsedFile } from './build-corpus.ts';
import { entryNames } from './entities.ts';
import { sealEntry } from './disk-memo.ts';

/**
 * What a worker sends back for one file: its entries serialized (`node:v8`, moved, not copied,
 * to the main thread, which keeps the bytes for the parse cache) and its lookups, or the error.
 */
export type ParseReply = [
  index: number,
  result:
    | {
        serialized: Uint8Array;
        lookups: ParsedFile['lookups'];
        names?: ParsedFile['names'];
        /** The parse cache's entry (`sealEntry`), when the file has a cache key. */
        sealed?: Uint8Array;
      }
    | { error: string },
];

/** What a worker is started with: the corpus vocabulary, and whether to find entries' names. */
export interface ParseWorkerData {
  counts: VocabularyCounts;
  findNames: boolean;
}

const { counts, findNames } = workerData as ParseWorkerData;
const vocabulary = vocabularyOf(counts);

/**
 * Files to parse: each its index, its job and its parse-cache key (empty without a cache). The
 * cache's entry is sealed here, not on the main thread, which links the corpus alone.
 */
export type ParseBatch = Array<[index: number, job: ParseJob, key: string]>;

parentPort?.on('message', (batch: ParseBatch) => {
  const moved: ArrayBuffer[] = [];
  const replies: ParseReply[] = batch.map(([index, job, key]) => {
    const parsed = tryParseJob(job, vocabulary);
    if (parsed instanceof Error) return [index, { error: parsed.message }];
    const serialized = serialize(parsed.entries);
    if (serialized.byteOffset === 0 && serialized.byteLength === serialized.buffer.byteLength)
      moved.push(serialized.buffer as ArrayBuffer);
    const names = findNames ? parsed.entries.map(entryNames) : undefined;
    // A copy of its own (a small sealed entry may sit in Node's shared pool), moved.
    const sealed = key
      ? new Uint8Array(sealEntry(key, { entries: serialized, lookups: parsed.lookups }))
      : undefined;
    if (sealed) moved.push(sealed.buffer);
    return [index, { serialized, lookups: parsed.lookups, names, ...(sealed && { sealed }) }];
  });
  parentPort?.postMessage(replies, moved);
});
