/**
 * A worker thread of `parse-workers.ts`: parses the files it is sent against the corpus
 * vocabulary it was started with, and sends back each file's parse (or the error it threw).
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { vocabularyOf, type VocabularyCounts } from '../pipeline/vocabulary.ts';
import { tryParseJob, type ParseJob, type ParsedFile } from './build-corpus.ts';

/**
 * What a worker sends back for one file: its entries serialized (`node:v8`, moved, not copied,
 * to the main thread, which keeps the bytes for the parse cache) and its lookups, or the error.
 */
export type ParseReply = [
  index: number,
  result: { serialized: Uint8Array; lookups: ParsedFile['lookups'] } | { error: string },
];

const vocabulary = vocabularyOf((workerData as { counts: VocabularyCounts }).counts);

parentPort?.on('message', (batch: Array<[number, ParseJob]>) => {
  const moved: ArrayBuffer[] = [];
  const replies: ParseReply[] = batch.map(([index, job]) => {
    const parsed = tryParseJob(job, vocabulary);
    if (parsed instanceof Error) return [index, { error: parsed.message }];
    const serialized = serialize(parsed.entries);
    if (serialized.byteOffset === 0 && serialized.byteLength === serialized.buffer.byteLength)
      moved.push(serialized.buffer as ArrayBuffer);
    return [index, { serialized, lookups: parsed.lookups }];
  });
  parentPort?.postMessage(replies, moved);
});
