/**
 * The details of every article (its blocks, quotes, entity mentions, removed text and repairs:
 * nearly all of its weight), kept out of Astro's content store. The store goes into the server
 * bundle as one JavaScript module, which at 50,000 articles is half a gigabyte of source for the
 * bundler to take in and for the render phase to hold beside the objects made from it. The
 * articles loader writes the details to one file per content folder under
 * `node_modules/.cache/clippings/details/` (Node's structured-clone format, `node:v8`, sealed with
 * a checksum and written atomically: `lib/checked-bytes.ts`), and the pages read it back once
 * (`article-entries.ts`).
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { entrySchema, type Entry, type EntryDetails, type StoredEntry } from '../schemas/entry.ts';
import { readSealed, writeSealed } from '../lib/checked-bytes.ts';
import { removeStaleFiles } from '../lib/stale-files.ts';

/** An entry split into what the content store holds and its details. */
export function splitEntry(entry: Entry): { stored: StoredEntry; details: EntryDetails } {
  const { blocks, quotes, entities, removed, repairs, ...stored } = entry;
  return { stored, details: { blocks, quotes, entities, removed, repairs } };
}

/** The fields of an entry in the schema's order: the order its JSON has always had. */
const ENTRY_KEYS = Object.keys(entrySchema.shape) as (keyof Entry)[];

/** An entry whole again from its stored part and its details, its fields in the schema's order. */
export function joinEntry(stored: StoredEntry, details: EntryDetails): Entry {
  const whole: Record<string, unknown> = {};
  for (const key of ENTRY_KEYS)
    whole[key] =
      key in details ? details[key as keyof EntryDetails] : stored[key as keyof StoredEntry];
  return whole as Entry;
}

/** The details file of the content folder `root`. */
export function detailsFile(
  root: string,
  dir = path.resolve('node_modules/.cache/clippings/details'),
): string {
  const key = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
  return path.join(dir, `${key}.v8`);
}

/** Writes the details of every entry of `root` (by entry id), replacing the file whole. */
export async function writeDetails(
  root: string,
  details: ReadonlyMap<string, EntryDetails>,
): Promise<void> {
  const file = detailsFile(root);
  await writeSealed(file, serialize(details));
  await removeStaleFiles(path.dirname(file), '.v8');
}

/** The last details read, and the identity of the file they were read from. */
let last:
  | { file: string; version: string; details: Promise<ReadonlyMap<string, EntryDetails>> }
  | undefined;

/**
 * The details of every entry of `root`, by entry id: read once, and again only when the loader
 * has written the file anew (in dev). Throws when the loader has written none.
 */
export async function readDetails(root: string): Promise<ReadonlyMap<string, EntryDetails>> {
  const file = detailsFile(root);
  const { ino, size, mtimeMs } = await stat(file);
  const version = `${ino}:${size}:${mtimeMs}`;
  if (last?.file !== file || last.version !== version) {
    last = {
      file,
      version,
      details: readSealed(file).then((read) => {
        // Written by this build's loader moments before; damaged since, it cannot be trusted.
        if (read.state !== 'ok')
          throw new Error(
            `the article details file ${file} is ${read.state} (its checksum failed): build again`,
          );
        return deserialize(read.payload) as Map<string, EntryDetails>;
      }),
    };
  }
  return last.details;
}
