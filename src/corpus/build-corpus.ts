/**
 * The corpus stage: decodes every file, builds the corpus vocabulary, runs the text pipeline on
 * each file and accounts for every input in a file report. Pure: takes bytes, returns data.
 */
import { decode, looksBinary } from '../pipeline/decode.ts';
import { normalizeText } from '../pipeline/normalize.ts';
import { processText } from '../pipeline/process-text.ts';
import { createHash } from 'node:crypto';
import {
  answersAlike,
  buildVocabulary,
  recordingVocabulary,
  type Lookup,
} from '../pipeline/vocabulary.ts';
import type { Entry, FileReport } from '../schemas/entry.ts';
import { assignIds } from './ids.ts';
import { linkEntities } from './entities.ts';
import { linkQuoteVariants } from './quote-variants.ts';
import { linkSpeakers } from './speakers.ts';
import { linkStories } from './stories.ts';
import type { SkippedFile } from './list-files.ts';

export interface InputFile {
  /** Path relative to the content folder, POSIX separators. */
  rel: string;
  bytes: Uint8Array;
}

export interface Corpus {
  entries: Entry[];
  files: FileReport[];
  /** How many files were parsed, and how many of them came from the parse cache. */
  parsed: { files: number; cached: number };
}

/** One file's parse: its entries before corpus-wide linking, and the vocabulary lookups made. */
export interface ParsedFile {
  entries: Entry[];
  lookups: Lookup[];
}

/**
 * Parses kept between builds, by a key of everything a parse depends on except the corpus
 * vocabulary; a kept parse is reused only if the vocabulary answers its lookups alike.
 */
export interface ParseCache {
  get(key: string): ParsedFile | undefined;
  set(key: string, parsed: ParsedFile): void;
}

interface Decoded {
  rel: string;
  bytes: number;
  text: string;
  encoding: string;
  warnings: string[];
}

/**
 * Runs the pipeline over a whole corpus. Never throws on file content. With `link: false` the
 * corpus-wide linking of entities and stories (and related articles) is skipped.
 */
export function buildCorpus(
  inputs: readonly InputFile[],
  skipped: readonly SkippedFile[] = [],
  cache?: ParseCache,
  { link = true }: { link?: boolean } = {},
): Corpus {
  let cached = 0;
  const reports = new Map<string, FileReport>();
  for (const s of skipped) reports.set(s.rel, skippedReport(s.rel, s.bytes, s.reason));
  const readable: Decoded[] = [];
  for (const input of inputs) {
    const decoded = decode(input.bytes);
    if (looksBinary(input.bytes, decoded.text)) {
      reports.set(input.rel, skippedReport(input.rel, input.bytes.length, 'binary file, not text'));
      continue;
    }
    const { text, invisibleRemoved } = normalizeText(decoded.text);
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
    });
  }
  const vocabulary = buildVocabulary(readable.map((r) => r.text));
  const ids = assignIds(readable.map((r) => r.rel));
  const entries: Entry[] = [];
  const usedIds = new Set<string>();
  for (const r of readable) {
    const assigned = ids.get(r.rel)!;
    const warnings = [...r.warnings];
    if (assigned.clash)
      warnings.push(`its id clashes with ${assigned.clash}; it became "${assigned.id}"`);
    let made: Entry[];
    try {
      const key = cache ? parseKey(r, assigned.id, warnings) : '';
      const kept = cache?.get(key);
      if (kept && answersAlike(vocabulary, kept.lookups)) {
        made = structuredClone(kept.entries);
        cached++;
      } else {
        const recording = recordingVocabulary(vocabulary);
        made = processText({
          text: r.text,
          file: r.rel,
          id: assigned.id,
          encoding: r.encoding,
          warnings,
          vocabulary: recording.vocabulary,
        });
        cache?.set(key, { entries: structuredClone(made), lookups: recording.lookups });
      }
    } catch (error) {
      // The pipeline is meant never to throw; if it does, the file is reported, not lost.
      reports.set(
        r.rel,
        skippedReport(
          r.rel,
          r.bytes,
          `the parser failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
      continue;
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
    reports.set(r.rel, {
      file: r.rel,
      status: allWarnings.length > 0 ? 'warning' : 'ok',
      reason: null,
      bytes: r.bytes,
      entries: made.map((e) => e.id),
      warnings: allWarnings,
      removedCount: made.reduce((n, e) => n + e.removed.length, 0),
    });
  }
  linkSpeakers(entries);
  linkQuoteVariants(entries);
  if (link) {
    linkEntities(entries, vocabulary);
    linkStories(entries);
  }
  const files = [...reports.values()].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  return { entries, files, parsed: { files: readable.length, cached } };
}

/** The cache key of a file's parse: everything `processText` is given but the vocabulary. */
function parseKey(r: Decoded, id: string, warnings: readonly string[]): string {
  return createHash('sha256')
    .update(JSON.stringify([r.rel, id, r.encoding, warnings, r.text]))
    .digest('hex');
}

function skippedReport(file: string, bytes: number, reason: string): FileReport {
  return { file, status: 'skipped', reason, bytes, entries: [], warnings: [], removedCount: 0 };
}
