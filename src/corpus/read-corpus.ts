/** Reads a content folder from disk and runs the corpus stage over it. */
import { readFile } from 'node:fs/promises';
import { finishCorpus, planCorpus, type Corpus, type InputFile } from './build-corpus.ts';
import { parseWaiting } from './parse-workers.ts';
import { listFiles, type SkippedFile } from './list-files.ts';
import { openLinkCache } from './link-cache.ts';
import { openParseCache, parseCacheEnabled } from './parse-cache.ts';
import { settingOn } from '../lib/settings.ts';

/** False when `CLIPPINGS_LINKING=off`: no entities, stories or related articles are linked. */
export function linkingEnabled(): boolean {
  return settingOn(process.env['CLIPPINGS_LINKING']);
}

/**
 * Reads every input file under `root` and builds the corpus (parsing on every core,
 * `parse-workers.ts`), reusing kept parses of unchanged files and kept link results unless
 * `cache` is false or `CLIPPINGS_CACHE=off`, and linking entities and stories unless `link` is
 * false or `CLIPPINGS_LINKING=off`. Throws only if `root` is unreadable. `cacheProblems` says
 * which caches had damaged entries (dropped and made again), one line each.
 */
export async function readCorpus(
  root: string,
  {
    cache = parseCacheEnabled(),
    link = linkingEnabled(),
  }: { cache?: boolean; link?: boolean } = {},
): Promise<Corpus & { inputs: InputFile[]; cacheProblems: string[] }> {
  let listing;
  try {
    listing = await listFiles(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such folder'
        : code === 'ENOTDIR'
          ? 'not a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : String(error);
    throw new Error(`the content folder ${root} cannot be read: ${why}`, { cause: error });
  }
  const inputs: InputFile[] = [];
  const skipped: SkippedFile[] = [...listing.skipped];
  for (const f of listing.files) {
    try {
      inputs.push({ rel: f.rel, bytes: new Uint8Array(await readFile(f.abs)) });
    } catch (error) {
      skipped.push({
        rel: f.rel,
        bytes: f.bytes,
        reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      });
    }
  }
  const [kept, memos] = cache
    ? await Promise.all([openParseCache(root), link ? openLinkCache(root) : undefined])
    : [undefined, undefined];
  const folderFiles: InputFile[] = [];
  for (const f of listing.folderFiles) {
    try {
      folderFiles.push({ rel: f.rel, bytes: new Uint8Array(await readFile(f.abs)) });
    } catch (error) {
      skipped.push({
        rel: f.rel,
        bytes: f.bytes,
        reason: `folder defaults cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      });
    }
  }
  const plan = planCorpus(inputs, skipped, kept, folderFiles);
  const { parses, threads } = await parseWaiting(plan, { link });
  const corpus = finishCorpus(plan, parses, { link, memos: memos ?? {} });
  corpus.parsed.threads = threads;
  await Promise.all([kept?.save(), memos?.save()]).catch(() => {
    // A cache that cannot be written only costs the next build time.
  });
  // Caches found damaged (their entries were dropped and made again): one line each.
  const cacheProblems = [kept, memos?.rewrites, memos?.entities].flatMap(
    (memo) => memo?.problem() ?? [],
  );
  return { ...corpus, inputs, cacheProblems };
}
