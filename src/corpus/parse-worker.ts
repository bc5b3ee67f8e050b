/**
 * A worker thread of `parse-workers.ts`: parses the files it is sent against the corpus
 * vocabulary it was started with, and sends back each file's parse (or the error it threw).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { vocabularyOf, type VocabularyCounts } from '../pipeline/vocabulary.ts';
import { parseJob, type ParseJob, type ParsedFile } from './build-corpus.ts';

/** What a worker sends back for one file. */
export type ParseReply = [index: number, result: ParsedFile | { error: string }];

const vocabulary = vocabularyOf((workerData as { counts: VocabularyCounts }).counts);

parentPort?.on('message', (batch: Array<[number, ParseJob]>) => {
  const replies: ParseReply[] = batch.map(([index, job]) => {
    try {
      return [index, parseJob(job, vocabulary)];
    } catch (error) {
      return [index, { error: error instanceof Error ? error.message : String(error) }];
    }
  });
  parentPort?.postMessage(replies);
});
