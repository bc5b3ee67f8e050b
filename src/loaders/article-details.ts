/**
 * The details of every article (its blocks, quotes, entity mentions, removed text and repairs:
 * nearly all of its weight), kept out of Astro's content store. The store goes into the server
 * bundle as one JavaScript module, which at 50,000 articles is half a gigabyte of source for the
 * bundler to take in and for the render phase to hold beside the objects made from it. The
 * articles loader writes the details to one file per content folder under
 * `node_modules/.cache/clippings/details/` (`kept-file.ts`: sealed with a checksum, written
 * atomically), and the pages read it back once (`article-entries.ts`).
 */
import { entrySchema, type Entry, type EntryDetails, type StoredEntry } from '../schemas/entry.ts';
import { keptFile, readKept, writeKept } from './kept-file.ts';

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
export function detailsFile(root: string): string {
  return keptFile('details', root);
}

/** Writes the details of every entry of `root` (by entry id), replacing the file whole. */
export function writeDetails(
  root: string,
  details: ReadonlyMap<string, EntryDetails>,
): Promise<void> {
  return writeKept('details', root, details);
}

/**
 * The details of every entry of `root`, by entry id: read once, and again only when the loader
 * has written the file anew (in dev). Throws when the loader has written none, or it is damaged.
 */
export function readDetails(root: string): Promise<ReadonlyMap<string, EntryDetails>> {
  return readKept('details', root, 'the article details file');
}
