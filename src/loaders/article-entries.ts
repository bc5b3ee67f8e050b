/**
 * The articles as the pages render them: each entry of the `articles` collection joined with its
 * details (blocks, quotes, entities, removed text, repairs), which the loader keeps out of the
 * content store (`loaders/article-details.ts`). Each entry is joined once per details file, so
 * the routes share one copy of the corpus.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { detailsFile, joinEntry, readDetails } from './article-details.ts';
import { contentRoot } from './corpus-cache.ts';
import type { Entry, EntryDetails } from '../schemas/entry.ts';

/** An article entry with its details. */
export type ArticleEntry = Omit<CollectionEntry<'articles'>, 'data'> & { data: Entry };

/** The details last read, and each stored entry's data joined with them. */
let joined:
  { details: ReadonlyMap<string, EntryDetails>; whole: WeakMap<object, Entry> } | undefined;

/** Every article entry, whole: `getCollection('articles')` with the details of each. */
export async function getArticles(): Promise<ArticleEntry[]> {
  const root = contentRoot();
  const [entries, details] = await Promise.all([getCollection('articles'), readDetails(root)]);
  if (joined?.details !== details) joined = { details, whole: new WeakMap() };
  const { whole } = joined;
  return entries.map((entry) => {
    let data = whole.get(entry.data);
    if (!data) {
      const more = details.get(entry.id);
      if (!more) throw new Error(`article ${entry.id} has no details in ${detailsFile(root)}`);
      data = joinEntry(entry.data, more);
      whole.set(entry.data, data);
    }
    return { ...entry, data };
  });
}
