/**
 * Known-item search queries over the BBC corpus (issue 4): for 300 articles chosen
 * deterministically, three queries each, and the article must come back in the top 3.
 *
 * - `phrase`: 5 words in a row from the body, as written (the second paragraph of 13 words or
 *   more, from a third of the way in);
 * - `typo`: the title with one typo in one word of 5 letters or more — a letter dropped, doubled,
 *   replaced by a neighbour on the keyboard, or two neighbouring letters swapped (never the first
 *   letter: most misspellings keep it);
 * - `speaker`: the speaker's name as Clippings extracts it plus two words of one of the
 *   article's quotes (the first two neighbouring words, from the middle of the quote on, that are
 *   not stopwords).
 *
 * The queries are made from the search index's own records (article heads, paragraphs, quotes),
 * so the unit test (index built in memory) and `bench:search-quality` (index of a built site) ask
 * the same thing. Articles are chosen by a hash of their title, not by id or date order, so the
 * choice does not depend on how ids are assigned; every chosen article has all three queries.
 */
import type { SearchRecord } from '../../../src/search/build.ts';
import { hashToken, isIndexable, tokens } from '../../../src/search/text.ts';
import { rng } from './corpus.ts';

export const KINDS = ['phrase', 'typo', 'speaker'] as const;
export type Kind = (typeof KINDS)[number];

export interface KnownItem {
  /** The article's id (page `/articles/<id>/`). */
  id: string;
  title: string;
  queries: Record<Kind, string>;
}

/** A deterministic random number generator seeded from a string (mulberry32 on its hash). */
function random(seed: string): () => number {
  return rng(hashToken(seed));
}

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** A letter next to `c` on a QWERTY keyboard (same row), or `c` itself for other characters. */
function neighbour(c: string, r: () => number): string {
  const lower = c.toLowerCase();
  for (const row of ROWS) {
    const i = row.indexOf(lower);
    if (i < 0) continue;
    const choices = [row[i - 1], row[i + 1]].filter((x): x is string => Boolean(x));
    const pick = choices[Math.floor(r() * choices.length)] ?? lower;
    return c === lower ? pick : pick.toUpperCase();
  }
  return c;
}

/** `word` with one typo at a position after the first letter. */
export function typo(word: string, r: () => number): string {
  const made = anyTypo(word, r);
  return made === word ? word.slice(0, -1) : made;
}

function anyTypo(word: string, r: () => number): string {
  const at = 1 + Math.floor(r() * (word.length - 1));
  const c = word[at] ?? '';
  switch (Math.floor(r() * 4)) {
    case 0: // dropped
      return word.slice(0, at) + word.slice(at + 1);
    case 1: // doubled
      return word.slice(0, at) + c + word.slice(at);
    case 2: // a neighbouring key
      return word.slice(0, at) + neighbour(c, r) + word.slice(at + 1);
    default: {
      // swapped with the letter before (never the first letter: at - 1 >= 1 when possible)
      const i = Math.max(1, at === word.length - 1 ? at - 1 : at);
      if (i + 1 >= word.length) return word.slice(0, i) + word.slice(i + 1);
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
  }
}

/** The title with one typo in one of its words of 5 letters or more (chosen at random). */
function typoTitle(title: string, r: () => number): string | null {
  const words = title.split(' ');
  const long = words.flatMap((w, i) => (/^[A-Za-z]{5,}$/.test(w.replace(/\W+$/, '')) ? [i] : []));
  if (long.length === 0) return null;
  const k = long[Math.floor(r() * long.length)] ?? 0;
  const w = words[k] ?? '';
  const tail = /\W+$/.exec(w)?.[0] ?? '';
  words[k] = typo(w.slice(0, w.length - tail.length), r) + tail;
  return words.join(' ');
}

/** Five words in a row from the body: the second paragraph of 13 words or more, a third in. */
function bodyPhrase(paragraphs: readonly string[]): string | null {
  const long = paragraphs.filter((p) => p.split(/\s+/).length > 12);
  const text = long[1] ?? long[0];
  if (!text) return null;
  const words = text.split(/\s+/);
  const start = Math.floor(words.length / 3);
  return words.slice(start, start + 5).join(' ');
}

/** A speaker's name plus two neighbouring non-stopwords of their quote, from its middle on. */
function speakerQuery(quotes: readonly { x: string; s: string | null }[]): string | null {
  for (const q of quotes) {
    if (!q.s) continue;
    const words = q.x.split(/\s+/).filter((w) => tokens(w).length > 0);
    const good = (w: string | undefined): boolean =>
      w !== undefined && tokens(w).every((t) => isIndexable(t) && t.length >= 3);
    for (let i = Math.floor(words.length / 2); i + 1 < words.length; i++) {
      if (good(words[i]) && good(words[i + 1])) {
        const pair = `${words[i]} ${words[i + 1]}`.replace(/[^\p{L}\p{N}' -]+/gu, '');
        return `${q.s} ${pair}`;
      }
    }
  }
  return null;
}

/**
 * `count` known items from the records of an index (in id order), those of articles with
 * `isTarget(head)` only: for each, its three queries.
 */
export function knownItems(
  records: readonly SearchRecord[],
  count = 300,
  isTarget: (head: Extract<SearchRecord, { t: 'a' }>) => boolean = () => true,
): KnownItem[] {
  const paragraphs = new Map<number, string[]>();
  const quotes = new Map<number, { x: string; s: string | null }[]>();
  for (const r of records) {
    if (r.t === 'p') paragraphs.set(r.a, [...(paragraphs.get(r.a) ?? []), r.x]);
    if (r.t === 'q') quotes.set(r.a, [...(quotes.get(r.a) ?? []), r]);
  }
  const items: (KnownItem & { order: number })[] = [];
  records.forEach((head, n) => {
    if (head.t !== 'a' || !isTarget(head)) return;
    const r = random(head.title);
    const phrase = bodyPhrase(paragraphs.get(n) ?? []);
    const typoed = typoTitle(head.title, r);
    const speaker = speakerQuery(quotes.get(n) ?? []);
    if (!phrase || !typoed || !speaker) return;
    items.push({
      id: head.id,
      title: head.title,
      order: hashToken(`${head.title}\n${phrase}`),
      queries: { phrase, typo: typoed, speaker },
    });
  });
  return items
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .slice(0, count)
    .map(({ id, title, queries }) => ({ id, title, queries }));
}
