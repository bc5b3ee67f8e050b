/**
 * Parsing a corpus on every core: the files the parse cache could not supply are parsed in worker
 * threads (`parse-worker.ts`), each started with the corpus vocabulary and fed batches of files as
 * it finishes the last, so a 50,000-file corpus parses in about half the time on two cores. The
 * result is the same as parsing in this thread (the same function on the same input), which is
 * what happens for small corpora, with one core, with `CLIPPINGS_THREADS=1`, or when a worker
 * cannot be started.
 */
import { existsSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseInThread, type CorpusPlan, type ParsedFile } from './build-corpus.ts';
import type { ParseBatch, ParseReply, ParseWorkerData } from './parse-worker.ts';
import type { Entry } from '../schemas/entry.ts';

/**
 * Fewer files than this are parsed in this thread. A worker imports the pipeline and warms it up
 * before its first file (about 2.7 s of CPU, against about 1 s for the first parse in this
 * thread, which has the pipeline loaded already), then takes about a third more CPU per file
 * than this thread (9.8 against 7.4 ms; both measured at load 10 in BENCHMARKS.md). Below about
 * a thousand files two workers save no time on two cores and cost several seconds of CPU.
 */
const MIN_FILES = 1000;
/** Files sent to a worker at a time. */
const BATCH = 25;

const WORKER = new URL('./parse-worker.ts', import.meta.url);

/** Worker threads to use: `CLIPPINGS_THREADS`, else one per core. */
export function parseThreads(): number {
  const set = Number.parseInt(process.env['CLIPPINGS_THREADS'] ?? '', 10);
  return Number.isFinite(set) && set > 0 ? set : availableParallelism();
}

/**
 * Parses the plan's waiting files: each file's parse, or the error its parse threw, and how many
 * threads parsed them. Unless `link` is false, workers also find each entry's names for linking
 * (`entryNames`), which this thread would otherwise find one entry after another.
 */
export async function parseWaiting(
  plan: CorpusPlan,
  {
    threads = parseThreads(),
    minFiles = MIN_FILES,
    link = true,
  }: { threads?: number; minFiles?: number; link?: boolean } = {},
): Promise<{ parses: Map<number, ParsedFile | Error>; threads: number }> {
  const waiting = plan.toParse;
  if (threads > 1 && waiting.length >= minFiles && existsSync(fileURLToPath(WORKER))) {
    const used = Math.min(threads, Math.ceil(waiting.length / BATCH));
    try {
      return { parses: await inWorkers(plan, used, link), threads: used };
    } catch {
      // A worker could not start or died: parse here instead.
    }
  }
  return { parses: parseInThread(plan), threads: 1 };
}

function inWorkers(
  plan: CorpusPlan,
  threads: number,
  findNames: boolean,
): Promise<Map<number, ParsedFile | Error>> {
  const parsed = new Map<number, ParsedFile | Error>();
  const queue = [...plan.toParse];
  const workers: Worker[] = [];
  return new Promise<Map<number, ParsedFile | Error>>((resolve, reject) => {
    let busy = 0;
    let ended = false;
    const stop = (): void => {
      ended = true;
      for (const w of workers) void w.terminate();
    };
    const fail = (error: Error): void => {
      if (ended) return;
      stop();
      reject(error);
    };
    const feed = (worker: Worker): void => {
      const batch = queue.splice(0, BATCH);
      if (batch.length === 0) {
        if (busy === 0) {
          stop();
          resolve(parsed);
        }
        return;
      }
      busy++;
      const message: ParseBatch = batch.map((i) => [
        i,
        plan.jobs[i]!,
        plan.cache ? plan.keys[i]! : '',
      ]);
      worker.postMessage(message);
    };
    for (let t = 0; t < threads; t++) {
      const data: ParseWorkerData = { counts: plan.counts, findNames };
      const worker = new Worker(WORKER, { workerData: data });
      workers.push(worker);
      worker.on('message', (replies: ParseReply[]) => {
        busy--;
        for (const [index, result] of replies)
          parsed.set(
            index,
            'error' in result
              ? new Error(result.error)
              : {
                  entries: deserialize(result.serialized) as Entry[],
                  lookups: result.lookups,
                  serialized: result.serialized,
                  ...(result.names && { names: result.names }),
                  ...(result.sealed && { sealed: result.sealed }),
                },
          );
        feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`a parse worker stopped (exit code ${code})`)));
      feed(worker);
    }
  });
}
