/**
 * The data behind the "find by name" boxes of the speaker and entity indexes: small JSON shards
 * fetched on demand instead of a list embedded in every page. A name is filed under the initial of
 * each of its words (`Tony Blair` under `t` and `b`), so typing the start of any word fetches one
 * shard that holds every name that can match. Pure: the pages write the shards, the browser
 * script (`scripts/name-finder.ts`) reads them with `findNames`.
 */

/** One name as the finder offers it: `[name, path without the base, detail]`. */
export type FinderItem = [name: string, path: string, detail: string];

/** The shard keys: `a`–`z`, and `0` for words that start with anything else. */
export function shardKey(word: string): string {
  const first = word.normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toLocaleLowerCase('en');
  return /^[a-z]$/.test(first) ? first : '0';
}

/** The words of a name, lower-cased, without accents (`Jean-Claude Juncker` → jean, claude, juncker). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The items by shard key, each shard in the order given, each item once per shard. */
export function finderShards(items: readonly FinderItem[]): Map<string, FinderItem[]> {
  const shards = new Map<string, FinderItem[]>();
  for (const item of items) {
    for (const key of new Set(nameWords(item[0]).map(shardKey))) {
      const shard = shards.get(key);
      if (shard) shard.push(item);
      else shards.set(key, [item]);
    }
  }
  return shards;
}

/** The shard to fetch for what was typed, or null before a letter or digit is typed. */
export function shardFor(query: string): string | null {
  const first = nameWords(query)[0];
  return first ? shardKey(first) : null;
}

/**
 * The items that match what was typed: every typed word starts a word of the name, in any order
 * (`blair t` finds `Tony Blair`), in the shard's order (most quoted or named first); at most
 * `limit`.
 */
export function findNames(items: readonly FinderItem[], query: string, limit = 10): FinderItem[] {
  const typed = nameWords(query);
  if (typed.length === 0) return [];
  const matches: FinderItem[] = [];
  for (const item of items) {
    const words = nameWords(item[0]);
    if (typed.every((t) => words.some((w) => w.startsWith(t)))) matches.push(item);
    if (matches.length === limit) break;
  }
  return matches;
}
