/**
 * The corpus stage: decodes every file, builds the corpus vocabulary, runs the text pipeline on
 * each file and accounts for every input in a file report. Pure: takes bytes, returns data.
 */
import { decode, looksBinary } from '../pipeline/decode.ts';
import { normalizeText } from '../pipeline/normalize.ts';
import { processText } from '../pipeline/process-text.ts';
import { repairMojibake, type MojibakeRepair } from '../pipeline/repair-mojibake.ts';
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import {
  answersAlike,
  countVocabulary,
  recordingVocabulary,
  vocabularyOf,
  type CorpusVocabulary,
  type Lookup,
  type VocabularyCounts,
} from '../pipeline/vocabulary.ts';
import type { Vocabulary } from '../pipeline/types.ts';
import type { Entry, FileReport } from '../schemas/entry.ts';
import { assignIds } from './ids.ts';
import { linkEntities, type EntryNames } from './entities.ts';
import { linkQuoteVariants } from './quote-variants.ts';
import { linkSpeakers } from './speakers.ts';
import { linkStories } from './stories.ts';
import { applyFolderDefaults, readFolderFile, type FolderFile } from './folder-defaults.ts';
import type { SkippedFile } from './list-files.ts';
import type { Memo } from './disk-memo.ts';
import type { LinkMemos } from './link-cache.ts';

export interface InputFile {
  /** Path relative to the content folder, POSIX separators. */
  rel: string;
  bytes: Uint8Array;
}

export interface Corpus {
  entries: Entry[];
  files: FileReport[];
  /**
   * How many files were parsed, how many of them came from the parse cache, and on how many
   * threads the others were parsed (when known).
   */
  parsed: { files: number; cached: number; threads?: number };
}

/** One file's parse: its entries before corpus-wide linking, and the vocabulary lookups made. */
export interface ParsedFile {
  entries: Entry[];
  lookups: Lookup[];
  /** The entries serialized (`node:v8`), when the parse came from a worker thread that way. */
  serialized?: Uint8Array;
  /** Each entry's names (`entryNames`), when a worker thread found them for linking. */
  names?: EntryNames[];
  /** The parse as the cache keeps it, sealed with its key, when a worker thread made it so. */
  sealed?: Uint8Array;
}

/**
 * Parses kept between builds, by a key of everything a parse depends on except the corpus
 * vocabulary; a kept parse is reused only if the vocabulary answers its lookups alike.
 */
export type ParseCache = Memo<CachedParse>;

/**
 * A parse as the cache keeps it: the entries in Node's serialization format (compact, copied as
 * bytes when the cache is saved, and turned back into fresh objects only when reused) and the
 * vocabulary lookups.
 */
export interface CachedParse {
  entries: Uint8Array;
  lookups: Lookup[];
}

interface Decoded {
  rel: string;
  bytes: number;
  text: string;
  encoding: string;
  warnings: string[];
  textRepairs: MojibakeRepair[];
}

/** One readable file to parse: everything `processText` is given but the vocabulary. */
export interface ParseJob {
  rel: string;
  /** Size of the input in bytes, for the report. */
  bytes: number;
  text: string;
  encoding: string;
  id: string;
  warnings: string[];
  /** Mojibake repaired before normalisation, with the lines it was on. */
  textRepairs: MojibakeRepair[];
}

/**
 * A corpus read and decoded, its vocabulary built and each file either taken from the parse cache
 * or waiting to be parsed (`toParse`): the parses can then be made here or in worker threads.
 */
export interface CorpusPlan {
  reports: Map<string, FileReport>;
  jobs: ParseJob[];
  /** The vocabulary's counts (for worker threads) and the vocabulary. */
  counts: VocabularyCounts;
  vocabulary: CorpusVocabulary;
  /** Parses taken from the cache, by job index. */
  kept: Map<number, Entry[]>;
  /** Indexes of the jobs still to parse. */
  toParse: number[];
  cache: ParseCache | undefined;
  keys: string[];
  /** The `folder.yaml` files read, whose defaults apply to the files under them. */
  folders: FolderFile[];
}

/** Decodes every input, builds the vocabulary and takes what it can from the parse cache. */
export function planCorpus(
  inputs: readonly InputFile[],
  skipped: readonly SkippedFile[] = [],
  cache?: ParseCache,
  folderFiles: readonly InputFile[] = [],
): CorpusPlan {
  const reports = new Map<string, FileReport>();
  for (const s of skipped) reports.set(s.rel, skippedReport(s.rel, s.bytes, s.reason));
  const folders = folderFiles.map((f) => readFolderFile(f.rel, decode(f.bytes).text));
  folders.forEach((f, i) => reports.set(f.rel, folderReport(f, folderFiles[i]!.bytes.length)));
  const readable: Decoded[] = [];
  for (const input of inputs) {
    const decoded = decode(input.bytes);
    if (looksBinary(input.bytes, decoded.text)) {
      reports.set(input.rel, skippedReport(input.rel, input.bytes.length, 'binary file, not text'));
      continue;
    }
    // Before normalisation, which would turn the no-break space of `Ã\u00a0` (à) into a space.
    const mojibake = repairMojibake(decoded.text);
    const { text, invisibleRemoved } = normalizeText(mojibake.text);
    if (text.trim() === '') {
      reports.set(
        input.rel,
        skippedReport(
          input.rel,
          input.bytes.length,
          input.bytes.length === 0 ? 'empty file' : 'only whitespace',
        ),
      );
      continue;
    }
    const warnings = [...decoded.warnings];
    if (invisibleRemoved > 0)
      warnings.push(
        `${invisibleRemoved} invisible formatting character(s) removed (zero-width or direction controls)`,
      );
    readable.push({
      rel: input.rel,
      bytes: input.bytes.length,
      text,
      encoding: decoded.encoding,
      warnings,
      textRepairs: mojibake.repairs,
    });
  }
  const counts = countVocabulary(readable.map((r) => r.text));
  const vocabulary = vocabularyOf(counts);
  const ids = assignIds(readable.map((r) => r.rel));
  const jobs: ParseJob[] = [];
  const kept = new Map<number, Entry[]>();
  const toParse: number[] = [];
  const keys: string[] = [];
  for (const r of readable) {
    const assigned = ids.get(r.rel)!;
    const warnings = [...r.warnings];
    if (assigned.clash)
      warnings.push(`its id clashes with ${assigned.clash}; it became "${assigned.id}"`);
    const job: ParseJob = {
      rel: r.rel,
      bytes: r.bytes,
      text: r.text,
      encoding: r.encoding,
      id: assigned.id,
      warnings,
      textRepairs: r.textRepairs,
    };
    const index = jobs.push(job) - 1;
    const key = cache ? parseKey(job) : '';
    keys.push(key);
    const parsed = cache?.get(key);
    if (parsed && answersAlike(vocabulary, parsed.lookups))
      kept.set(index, deserialize(parsed.entries) as Entry[]);
    else toParse.push(index);
  }
  return { reports, jobs, counts, vocabulary, kept, toParse, cache, keys, folders };
}

/** Parses one file against the corpus vocabulary, recording the lookups made. */
export function parseJob(job: ParseJob, vocabulary: Vocabulary): ParsedFile {
  const recording = recordingVocabulary(vocabulary);
  const entries = processText({
    text: job.text,
    file: job.rel,
    id: job.id,
    encoding: job.encoding,
    warnings: job.warnings,
    vocabulary: recording.vocabulary,
    textRepairs: job.textRepairs,
  });
  return { entries, lookups: recording.lookups };
}

/**
 * `parseJob`, with what it throws returned instead: the pipeline is meant never to throw, and a
 * file it fails on is reported, not lost.
 */
export function tryParseJob(job: ParseJob, vocabulary: Vocabulary): ParsedFile | Error {
  try {
    return parseJob(job, vocabulary);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Parses the plan's waiting files in this thread. */
export function parseInThread(plan: CorpusPlan): Map<number, ParsedFile | Error> {
  return new Map(plan.toParse.map((i) => [i, tryParseJob(plan.jobs[i]!, plan.vocabulary)]));
}

/**
 * Runs the pipeline over a whole corpus. Never throws on file content. With `link: false` the
 * corpus-wide linking of entities and stories (and related articles) is skipped; `memos` keep
 * what linking found for unchanged entries and pairs (`link-cache.ts`).
 */
export function buildCorpus(
  inputs: readonly InputFile[],
  skipped: readonly SkippedFile[] = [],
  cache?: ParseCache,
  options: LinkOptions & { folderFiles?: readonly InputFile[] } = {},
): Corpus {
  const plan = planCorpus(inputs, skipped, cache, options.folderFiles);
  return finishCorpus(plan, parseInThread(plan), options);
}

/** Whether and how corpus-wide linking runs. */
export interface LinkOptions {
  link?: boolean;
  memos?: LinkMemos;
}

/**
 * Puts the parses together (`parsed`: the jobs of `plan.toParse`, each its parse or the error it
 * threw), accounts for every file, keeps the new parses in the cache and links the corpus.
 */
export function finishCorpus(
  plan: CorpusPlan,
  parsed: ReadonlyMap<number, ParsedFile | Error>,
  { link = true, memos = {} }: LinkOptions = {},
): Corpus {
  const { reports, jobs, cache } = plan;
  const entries: Entry[] = [];
  const usedIds = new Set<string>();
  const names = new Map<Entry, EntryNames>();
  jobs.forEach((job, index) => {
    let made = plan.kept.get(index);
    if (!made) {
      const result = parsed.get(index) ?? new Error('it was not parsed');
      if (result instanceof Error) {
        reports.set(
          job.rel,
          skippedReport(job.rel, job.bytes, `the parser failed: ${result.message}`),
        );
        return;
      }
      if (result.sealed && cache?.setSealed) cache.setSealed(plan.keys[index]!, result.sealed);
      else
        cache?.set(plan.keys[index]!, {
          entries: result.serialized ?? serialize(result.entries),
          lookups: result.lookups,
        });
      made = result.entries;
      result.names?.forEach((found, i) => names.set(made![i]!, found));
    }
    for (const e of made) {
      // A front-matter id may collide with another file's id.
      let id = e.id;
      for (let n = 2; usedIds.has(id); n++) id = `${e.id}-${n}`;
      if (id !== e.id) {
        e.warnings.push(`id "${e.id}" is already taken; this entry became "${id}"`);
        e.id = id;
        e.url = `/articles/${id}/`;
      }
      usedIds.add(id);
    }
    entries.push(...made);
    const allWarnings = made.flatMap((e) => e.warnings);
    reports.set(job.rel, {
      file: job.rel,
      status: allWarnings.length > 0 ? 'warning' : 'ok',
      reason: null,
      bytes: job.bytes,
      entries: made.map((e) => e.id),
      warnings: allWarnings,
      removedCount: made.reduce((n, e) => n + e.removed.length, 0),
    });
  });
  for (const e of entries) applyFolderDefaults(e, plan.folders);
  linkSpeakers(entries);
  linkQuoteVariants(entries);
  if (link) {
    linkEntities(entries, plan.vocabulary, memos.entities, names);
    linkStories(entries, memos.rewrites);
  }
  const files = [...reports.values()].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  return { entries, files, parsed: { files: jobs.length, cached: plan.kept.size } };
}

/** The cache key of a file's parse: everything `processText` is given but the vocabulary. */
function parseKey(job: ParseJob): string {
  return createHash('sha256')
    .update(
      JSON.stringify([job.rel, job.id, job.encoding, job.warnings, job.text, job.textRepairs]),
    )
    .digest('hex');
}

/** A `folder.yaml` in the report: read, with its problems as warnings. */
function folderReport(folder: FolderFile, bytes: number): FileReport {
  const fields = Object.keys(folder.values);
  return {
    file: folder.rel,
    status: folder.problems.length > 0 ? 'warning' : 'ok',
    reason: `folder defaults, not an article (${fields.length > 0 ? fields.join(', ') : 'no field set'})`,
    bytes,
    entries: [],
    warnings: folder.problems,
    removedCount: 0,
  };
}

function skippedReport(file: string, bytes: number, reason: string): FileReport {
  return { file, status: 'skipped', reason, bytes, entries: [], warnings: [], removedCount: 0 };
}
