/**
 * The search index, built at build time from the same entries the pages render. Pure TypeScript,
 * no Astro imports; the endpoints under `src/pages/search-index/` only serialise what this makes.
 *
 * Layout (all JSON, fetched lazily and only in part by the browser):
 * - `meta.json`: counts, record id ranges per type, chunk size, bucket count (a few hundred bytes;
 *   the search page holds it too).
 * - `vocab/<c>.json`: the indexed words starting with `c`, with their document frequency — what
 *   a query word is fuzzily matched against (`Witkov` → `witkoff`).
 * - `postings/<n>.json`: for the words hashed to bucket `n`, the ids of the records holding them
 *   (ascending, delta-encoded, capped at `maxPostings` — the newest records, as ids follow date),
 *   and for each of those records the word's neighbours: one character for the word before and
 *   one for the word after each time it occurs (stopwords too), so that a query's words can be
 *   seen to run together in a record before its text is fetched (`for the victims of`).
 * - `more/<n>.json`: the rest of the lists capped in `postings/<n>.json` (ids only), fetched
 *   only to page past every record the capped lists reach.
 * - `owners.json`: paragraph and quote records per article, to count results (one per article).
 * - `records/<n>.json`: the compact records with ids `n * chunkSize …`, the only text downloaded,
 *   and the heads of the articles its paragraphs and quotes belong to (a result shows its
 *   article's title: no second round of fetching for it).
 *
 * Record ids: article heads first (id = article number, newest article first), then paragraphs,
 * then quotes — so a type filter is a range test and a lower id is a newer article.
 */
import { sortArticles } from '../corpus/chronology.ts';
import { isIndexable, neighbourCode, postingsBucket, tokens, vocabShard } from './text.ts';

/** The least of an entry the index needs. */
export interface SearchSource {
  id: string;
  title: string;
  dek: string | null;
  date: string | null;
  source: string | null;
  blocks: readonly { id: string; text: string }[];
  quotes: readonly { id: string; block: string; text: string; speaker: string | null }[];
}

/** An article's head: what an article result shows, and what its paragraphs' results borrow. */
export interface HeadRecord {
  t: 'a';
  /** Article id (page `/articles/<id>/`). */
  id: string;
  title: string;
  dek: string | null;
  outlet: string | null;
  date: string | null;
}

/** A body block (paragraph or subhead) of article number `a`. */
export interface ParagraphRecord {
  t: 'p';
  a: number;
  /** Block id: the anchor `#p3`. */
  b: string;
  x: string;
}

/** A quote of article number `a`. */
export interface QuoteRecord {
  t: 'q';
  a: number;
  /** Quote id (page `/quotes/<id>/`). */
  id: string;
  x: string;
  /** Speaker's name, or null. */
  s: string | null;
}

export type SearchRecord = HeadRecord | ParagraphRecord | QuoteRecord;

/** `[first, end)` record ids of one type. */
export type IdRange = [number, number];

export interface SearchMeta {
  version: 1;
  articles: number;
  records: number;
  ranges: { a: IdRange; p: IdRange; q: IdRange };
  chunkSize: number;
  chunks: number;
  buckets: number;
  /** Vocabulary shard names (first characters) that exist. */
  shards: string[];
  maxPostings: number;
}

/** The names the search page's filters offer (rendered into the page, not fetched). */
export interface FilterChoices {
  speakers: string[];
  outlets: string[];
}

/** A vocabulary shard: sorted words and, in parallel, how many records hold each. */
export interface VocabShard {
  words: string[];
  df: number[];
}

/**
 * A postings bucket: word → delta-encoded ascending record ids (`ids`), and word → its
 * neighbours in each of those records (`near`: per record, a pair of `neighbourCode`s — the word
 * before, the word after — for each time it occurs, at most `NEIGHBOUR_PAIRS`; records
 * separated by `,`).
 */
export interface PostingsBucket {
  ids: Record<string, number[]>;
  near: Record<string, string>;
}

/** Occurrences of a word in one record whose neighbours are kept. */
export const NEIGHBOUR_PAIRS = 4;

/**
 * A `records/<n>.json` file: its records, and the heads of their articles by article number
 * (those not among its records).
 */
export interface RecordChunk {
  records: SearchRecord[];
  heads: Record<number, HeadRecord>;
}

/**
 * `owners.json`: how many paragraph records (`p`) and quote records (`q`) each article has, by
 * article number. Paragraph and quote ids run article by article, so this tells which article a
 * record belongs to without fetching it: what counting results (one per article) needs.
 */
export interface RecordOwners {
  p: number[];
  q: number[];
}

/**
 * A `more/<n>.json` file: for the words of postings bucket `n` held by more than `maxPostings`
 * records, the ids of the rest of them (ascending, delta-encoded; no neighbours). Fetched only
 * when a reader pages past every record the capped lists reach.
 */
export interface MorePostings {
  ids: Record<string, number[]>;
}

export interface SearchIndex {
  meta: SearchMeta;
  owners: RecordOwners;
  /** `more/<n>.json` by bucket number, for the buckets holding a capped word. */
  more: Map<number, MorePostings>;
  vocab: Map<string, VocabShard>;
  postings: PostingsBucket[];
  /** The records of each `records/<n>.json`. */
  chunks: SearchRecord[][];
  choices: FilterChoices;
}

/** The content of `records/<n>.json`: chunk `n`'s records and the heads they refer to. */
export function recordChunk(index: SearchIndex, n: number): RecordChunk {
  const records = index.chunks[n] ?? [];
  const heads: Record<number, HeadRecord> = {};
  const size = index.meta.chunkSize;
  for (const r of records) {
    if (r.t === 'a' || heads[r.a] || Math.floor(r.a / size) === n) continue;
    const head = index.chunks[Math.floor(r.a / size)]?.[r.a % size];
    if (head?.t === 'a') heads[r.a] = head;
  }
  return { records, heads };
}

export interface BuildOptions {
  /** Records per `records/<n>.json` file. */
  chunkSize?: number;
  /** Words per postings bucket, on average. */
  wordsPerBucket?: number;
  /** Longest posting list kept for a word. */
  maxPostings?: number;
}

/** Delta-encodes ascending integers: `[3, 5, 9]` → `[3, 2, 4]`. */
export function deltaEncode(ids: readonly number[]): number[] {
  return ids.map((id, i) => (i === 0 ? id : id - (ids[i - 1] ?? 0)));
}

/** Undoes `deltaEncode`. */
export function deltaDecode(deltas: readonly number[]): number[] {
  let sum = 0;
  return deltas.map((d) => (sum += d));
}

/** The compact records of a corpus, in id order (heads, paragraphs, quotes). */
export function buildRecords(entries: readonly SearchSource[]): {
  records: SearchRecord[];
  ranges: SearchMeta['ranges'];
  owners: RecordOwners;
} {
  const sorted = sortArticles(entries.map((data) => ({ data }))).map((e) => e.data);
  const heads: HeadRecord[] = sorted.map((e) => ({
    t: 'a',
    id: e.id,
    title: e.title,
    dek: e.dek,
    outlet: e.source,
    date: e.date,
  }));
  const paragraphs: ParagraphRecord[] = sorted.flatMap((e, a) =>
    e.blocks.map((b): ParagraphRecord => ({ t: 'p', a, b: b.id, x: b.text })),
  );
  const quotes: QuoteRecord[] = sorted.flatMap((e, a) =>
    e.quotes.map((q): QuoteRecord => ({ t: 'q', a, id: q.id, x: q.text, s: q.speaker })),
  );
  const p0 = heads.length;
  const q0 = p0 + paragraphs.length;
  return {
    records: [...heads, ...paragraphs, ...quotes],
    ranges: { a: [0, p0], p: [p0, q0], q: [q0, q0 + quotes.length] },
    owners: { p: sorted.map((e) => e.blocks.length), q: sorted.map((e) => e.quotes.length) },
  };
}

/** The text a record is found by: title and dek, paragraph, or quote and speaker. */
export function recordText(record: SearchRecord): string {
  if (record.t === 'a') return `${record.title} ${record.dek ?? ''}`;
  if (record.t === 'q') return `${record.x} ${record.s ?? ''}`;
  return record.x;
}

/** The words a record is found by, each with its neighbours' codes (see `PostingsBucket`). */
export function recordTerms(record: SearchRecord): Map<string, string> {
  const words = tokens(recordText(record));
  const terms = new Map<string, string>();
  words.forEach((word, i) => {
    if (!isIndexable(word)) return;
    const near = terms.get(word) ?? '';
    if (near.length >= 2 * NEIGHBOUR_PAIRS) return;
    terms.set(word, near + neighbourCode(words[i - 1]) + neighbourCode(words[i + 1]));
  });
  return terms;
}

const byName = (a: string, b: string): number => a.localeCompare(b, 'en');

/** The whole search index of a corpus. */
export function buildSearchIndex(
  entries: readonly SearchSource[],
  options: BuildOptions = {},
): SearchIndex {
  const chunkSize = options.chunkSize ?? 25;
  const wordsPerBucket = options.wordsPerBucket ?? 32;
  const maxPostings = options.maxPostings ?? 1000;
  const { records, ranges, owners } = buildRecords(entries);

  const postingLists = new Map<string, number[]>();
  const nearLists = new Map<string, string[]>();
  records.forEach((record, id) => {
    for (const [term, near] of recordTerms(record)) {
      const list = postingLists.get(term);
      if (list) {
        list.push(id);
        nearLists.get(term)?.push(near);
      } else {
        postingLists.set(term, [id]);
        nearLists.set(term, [near]);
      }
    }
  });

  const words = [...postingLists.keys()].sort();
  const buckets = Math.max(1, Math.ceil(words.length / wordsPerBucket));
  const vocab = new Map<string, VocabShard>();
  const postings: PostingsBucket[] = Array.from({ length: buckets }, () => ({ ids: {}, near: {} }));
  const more = new Map<number, MorePostings>();
  for (const word of words) {
    const ids = postingLists.get(word) ?? [];
    const key = vocabShard(word);
    const shard = vocab.get(key) ?? { words: [], df: [] };
    shard.words.push(word);
    shard.df.push(ids.length);
    vocab.set(key, shard);
    const n = postingsBucket(word, buckets);
    const bucket = postings[n];
    if (bucket) {
      bucket.ids[word] = deltaEncode(ids.slice(0, maxPostings));
      bucket.near[word] = (nearLists.get(word) ?? []).slice(0, maxPostings).join(',');
    }
    if (ids.length > maxPostings) {
      const rest = more.get(n) ?? { ids: {} };
      rest.ids[word] = deltaEncode(ids.slice(maxPostings));
      more.set(n, rest);
    }
  }

  const chunks: SearchRecord[][] = [];
  for (let i = 0; i < records.length; i += chunkSize) chunks.push(records.slice(i, i + chunkSize));

  const speakers = new Set<string>();
  const outlets = new Set<string>();
  for (const e of entries) {
    if (e.source) outlets.add(e.source);
    for (const q of e.quotes) if (q.speaker) speakers.add(q.speaker);
  }

  return {
    meta: {
      version: 1,
      articles: ranges.a[1],
      records: records.length,
      ranges,
      chunkSize,
      chunks: chunks.length,
      buckets,
      shards: [...vocab.keys()].sort(),
      maxPostings,
    },
    owners,
    more,
    vocab,
    postings,
    chunks,
    choices: { speakers: [...speakers].sort(byName), outlets: [...outlets].sort(byName) },
  };
}
