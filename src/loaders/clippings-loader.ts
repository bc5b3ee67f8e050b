/**
 * Content-layer loaders for Clippings: `articleLoader` gives one entry per story (the article
 * page renders its body from the blocks); `sourceFileLoader` gives one entry per input file for the corpus report.
 * Problems go to the logger with the file's path; a bad file never stops the build. The build
 * fails (Astro prints the message and exits 1) only when no article at all could be read, or in
 * strict mode (`CLIPPINGS_STRICT=1`) when any file was skipped or read with a warning.
 */
import { crc32 } from 'node:zlib';
import type { Loader, LoaderContext } from 'astro/loaders';
import { entryDetailsSchema, type EntryDetails } from '../schemas/entry.ts';
import { splitEntry, writeDetails } from './article-details.ts';
import { contentRoot, corpusAt, forget, release } from './corpus-cache.ts';
import { writeRawFiles } from './raw-files.ts';

export interface Options {
  /** The content folder; defaults to `CLIPPINGS_CONTENT` or `content/`. */
  root?: string;
}

/**
 * One entry per story of every input file. The store holds each entry without its details
 * (blocks, quotes, entities, removed text, repairs), which go to the details file
 * (`article-details.ts`): read the entries whole with `getArticles()` (`article-entries.ts`).
 */
export function articleLoader(options: Options = {}): Loader {
  return {
    name: 'clippings-articles',
    load: async (context) => {
      const root = options.root ?? contentRoot();
      try {
        await syncArticles(context, root, true);
      } finally {
        release(root);
      }
      watch(context, root, () => syncArticles(context, root, false));
    },
  };
}

/** One entry per input file, read or skipped, with what became of it. */
export function sourceFileLoader(options: Options = {}): Loader {
  return {
    name: 'clippings-source-files',
    load: async (context) => {
      const root = options.root ?? contentRoot();
      try {
        await syncSourceFiles(context, root);
      } finally {
        release(root);
      }
      watch(context, root, () => syncSourceFiles(context, root));
    },
  };
}

async function syncArticles(context: LoaderContext, root: string, report: boolean): Promise<void> {
  const { store, logger, parseData, generateDigest } = context;
  const started = performance.now();
  const corpus = await corpusAt(root);
  const seen = new Set<string>();
  const details = new Map<string, EntryDetails>();
  let damaged = 0;
  for (const entry of corpus.entries) {
    seen.add(entry.id);
    const split = splitEntry(entry);
    details.set(entry.id, split.details);
    // The body is rendered by the article page from `blocks`; storing the HTML too would double
    // every entry. The digest is of the whole entry, details included: it stands for the entry
    // in the page cache's digests.
    const digest = generateDigest(JSON.stringify(entry));
    const existing = store.get(entry.id);
    const kept = existing && keptEntry(existing, digest);
    if (kept === 'same') continue;
    if (kept === 'damaged') {
      damaged++;
      // The store skips an entry whose digest it already has: it must go first.
      store.delete(entry.id);
    }
    const checked = entryDetailsSchema.safeParse(split.details);
    if (!checked.success)
      throw new ClippingsBuildError(`${entry.file}: ${entry.id}: ${checked.error.message}`);
    const data = await parseData({ id: entry.id, data: split.stored, filePath: entry.file });
    store.set({ id: entry.id, data, digest: sealedDigest(digest, data) });
  }
  if (damaged > 0)
    logger.warn(
      `the content store (Astro's data store): ${damaged} damaged ${damaged === 1 ? 'entry' : 'entries'} (checksum failed) dropped and made again`,
    );
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  await Promise.all([writeDetails(root, details), writeRawFiles(root, corpus.inputs)]);
  if (!report) return;
  for (const problem of corpus.cacheProblems) logger.warn(problem);
  for (const file of corpus.files) {
    if (file.status === 'skipped') logger.warn(`${file.file}: skipped: ${file.reason}`);
    for (const warning of new Set(file.warnings)) logger.warn(`${file.file}: ${warning}`);
  }
  const read = corpus.files.filter((f) => f.status !== 'skipped').length;
  logger.info(
    `${corpus.entries.length} articles from ${read} of ${corpus.files.length} files in ${root}` +
      (corpus.parsed.cached > 0
        ? ` (${corpus.parsed.cached} of ${corpus.parsed.files} parses reused from the cache)`
        : '') +
      ((corpus.parsed.threads ?? 1) > 1 ? `, parsed on ${corpus.parsed.threads} threads` : '') +
      `, read and linked in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const problems = corpus.files.filter((f) => f.status !== 'ok').length;
  if (corpus.entries.length === 0) {
    const message = `no article could be read from ${root} (${corpus.files.length} file(s) found, none readable): see the messages above`;
    // A build with nothing to show fails; the dev server keeps watching for files to appear.
    if (!context.watcher) throw new ClippingsBuildError(message);
    logger.error(message);
  } else if (strictMode() && problems > 0) {
    const message = `strict mode (CLIPPINGS_STRICT=1): ${problems} file(s) skipped or read with warnings: see the messages above`;
    if (!context.watcher) throw new ClippingsBuildError(message);
    logger.error(message);
  }
}

/**
 * The digest an entry is stored under: the digest of the whole entry, then a CRC-32 of the data
 * as stored. Astro keeps the content store between builds and skips an entry whose digest is
 * unchanged; the checksum lets a later build tell a stored entry damaged on disk (its data
 * changed in place) from an unchanged one.
 */
export function sealedDigest(digest: string, data: unknown): string {
  return `${digest}.${crc32(JSON.stringify(data)).toString(36)}`;
}

/**
 * Whether the stored entry `existing` is the one `digest` describes, unchanged (`same`), the
 * right one with its data damaged since it was stored (`damaged`), or another (`changed`).
 */
export function keptEntry(
  existing: { data: unknown; digest?: string | number | undefined },
  digest: string,
): 'same' | 'damaged' | 'changed' {
  if (typeof existing.digest !== 'string' || !existing.digest.startsWith(`${digest}.`))
    return 'changed';
  return existing.digest === sealedDigest(digest, existing.data) ? 'same' : 'damaged';
}

/** `CLIPPINGS_STRICT=1` (or `true`): a build with any skipped file or warning fails. */
export function strictMode(): boolean {
  return /^(?:1|true|yes)$/i.test(process.env.CLIPPINGS_STRICT ?? '');
}

/** Thrown to fail the build; Astro prints the message and exits with status 1. */
export class ClippingsBuildError extends Error {
  override name = 'ClippingsBuildError';
}

async function syncSourceFiles(context: LoaderContext, root: string): Promise<void> {
  const { store, parseData, generateDigest } = context;
  const corpus = await corpusAt(root);
  store.clear();
  for (const file of corpus.files) {
    const data = await parseData({ id: file.file, data: { ...file } });
    store.set({ id: file.file, data, digest: generateDigest(JSON.stringify(file)) });
  }
}

/** In dev, re-reads the corpus when anything under the content folder changes. */
function watch(context: LoaderContext, root: string, resync: () => Promise<void>): void {
  const { watcher, logger } = context;
  if (!watcher) return;
  watcher.add(root);
  const onChange = (changed: string): void => {
    if (!changed.startsWith(root)) return;
    forget(root);
    resync().catch((error: unknown) => logger.error(`${changed}: ${String(error)}`));
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}
