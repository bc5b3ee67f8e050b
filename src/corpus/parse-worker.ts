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

/**
 * What a worker sends back for one file: its entries serialized (`node:v8`, moved, not copied,
 * to the main thread, which keeps the bytes for the parse cache) and its lookups, or the error.
 */
export type ParseReply = [
  index: number,
  result:
    | { serialized: Uint8Array; lookups: ParsedFile['lookups']; names?: ParsedFile['names'] }
    | { error: string },
];

/** What a worker is started with: the corpus vocabulary, and whether to find entries' names. */
export interface ParseWorkerData {
  counts: VocabularyCounts;
  findNames: boolean;
}

const { counts, findNames } = workerData as ParseWorkerData;
const vocabulary = vocabularyOf(counts);

parentPort?.on('message', (batch: Array<[number, ParseJob]>) => {
  const moved: ArrayBuffer[] = [];
  const replies: ParseReply[] = batch.map(([index, job]) => {
    const parsed = tryParseJob(job, vocabulary);
    if (parsed instanceof Error) return [index, { error: parsed.message }];
    const serialized = serialize(parsed.entries);
    if (serialized.byteOffset === 0 && serialized.byteLength === serialized.buffer.byteLength)
      moved.push(serialized.buffer as ArrayBuffer);
    const names = findNames ? parsed.entries.map(entryNames) : undefined;
    return [index, { serialized, lookups: parsed.lookups, names }];
  });
  parentPort?.postMessage(replies, moved);
});
