/**
 * The search itself, as the browser runs it (pure TypeScript, no DOM: the page script and the
 * unit tests both drive it through a `Loader`).
 *
 * 1. The query is parsed (`parseQuery`): quoted phrases, loose words.
 * 2. Each word is matched against the vocabulary shard of its first letter: exact, prefix, and
 *    within 1–2 edits (`Witkov` → `witkoff`, `Donbass` → `donbas`); the postings of the words
 *    as typed are fetched at the same time.
 * 3. The postings of the matched words give candidate records; words whose lists are complete
 *    are AND-ed, and the candidates are ranked by a prior — the rarity of the words they hold
 *    and the neighbours they share with the query (`for the victims of`) — and cut to ~100.
 * 4. Only the record files of those candidates are fetched (with their articles' heads);
 *    Fuse.js scores them (extended search: `'"two to tango"` for a phrase, fuzzy terms for the
 *    rest, weighted fields).
 * 5. The final order adds what Fuse does not know: the rarity-weighted share of the query held,
 *    pairs of query words found together and the whole phrase, title/quote over body, whole
 *    word over fuzzy, newer over older on ties.
 */
import Fuse from 'fuse.js';
import type {
  HeadRecord,
  MorePostings,
  PostingsBucket,
  RecordChunk,
  RecordOwners,
  SearchMeta,
  SearchRecord,
  VocabShard,
} from './build.ts';
import { deltaDecode, recordText } from './build.ts';
import { articleOf, countResults } from './count.ts';
import { FUSE_OPTIONS, fuseQuery, type FuseDoc } from './fuse-query.ts';
import { containsPhrase } from './highlight.ts';
import { passesFilters, toHit, type SearchHit } from './hits.ts';
import { idf, orderCandidates, withinBudget, type Expansion, type TermMatches } from './prior.ts';
import { agreement, neighbours, pairsShared } from './proximity.ts';
import { parseQuery, type ParsedQuery, type SearchState } from './query.ts';
import { allowedEdits, boundedDistance, postingsBucket, tokens, vocabShard } from './text.ts';

export type { SearchHit } from './hits.ts';

/** Fetches and parses one index file, by its path under the index root (`meta.json`). */
export type Loader = (path: string) => Promise<unknown>;

export interface SearchOutcome {
  hits: SearchHit[];
  /** How many results the search has in all (hits holds `limit` of them from `offset`). */
  total: number;
  /** False when `total` is only a lower bound: not every candidate could be counted. */
  complete: boolean;
}

/** A loaded candidate: its id, record, article number and the article's head. */
interface Row {
  id: number;
  record: SearchRecord;
  head: HeadRecord;
  article: number;
}

/** A ranked result: a row with its score. */
interface Ranked extends Row {
  score: number;
}

/** One search state's candidates and the results ranked so far, kept for its next pages. */
interface Ranking {
  state: SearchState;
  query: ParsedQuery;
  meta: SearchMeta;
  perTerm: TermMatches[];
  /** Every candidate record, best first by the prior. */
  candidates: number[];
  fuzzyOnly: (id: number) => number;
  filtered: boolean;
  /** Some query word's posting list is capped: records beyond it cannot be reached. */
  truncated: boolean;
  /** Every candidate is a result (no filter, no phrase): counted from their ids. */
  countable: boolean;
  words: Set<string>;
  phrases: string[][];
  /** Candidates whose records were fetched. */
  tried: Set<number>;
  /** Results so far, in rank order; `seen`: their articles. */
  results: Ranked[];
  seen: Set<number>;
  batches: number;
  /** A record's article from its id, once `owners.json` is in (see `batch`). */
  articleOf?: (id: number) => number | null;
  /** The page being computed: one at a time per ranking. */
  busy: Promise<void>;
}

const KEPT_RANKINGS = 8;
/** How many candidates Fuse scores at a time (four times as many when filters may drop many). */
const CANDIDATES = 100;
/** Rounds of record fetching at most, while fewer than `ENOUGH` candidates pass. */
const ROUNDS = 3;
const ENOUGH = 10;
/** Vocabulary matches kept per query word. */
const EXPANSIONS = 8;
/** How much Fuse's score counts in the final order. */
const FUSE_WEIGHT = 0.5;
/** Other spellings kept for a word that is in the vocabulary. */
const VARIANTS = 2;
/** What a neighbour shared with the query adds to a candidate's prior (a word's rarity: 0–1). */
const NEIGHBOUR_WEIGHT = 0.5;

const folded = (text: string | null): string => (text ? tokens(text).join(' ') : '');

export class SearchEngine {
  private readonly cache = new Map<string, Promise<unknown>>();

  private readonly rankings = new Map<string, Promise<Ranking>>();

  private readonly loader: Loader;

  private readonly batchSize: number;

  /**
   * `meta`: the index's meta file when the page already holds it (one round trip less);
   * `batchSize`: candidates ranked at a time (100; smaller in tests, to see paging at work).
   */
  constructor(loader: Loader, meta?: SearchMeta, { batchSize = CANDIDATES } = {}) {
    this.loader = loader;
    this.batchSize = batchSize;
    if (meta) this.cache.set('meta.json', Promise.resolve(meta));
  }

  /** One index file, fetched once. */
  private file<T>(path: string): Promise<T> {
    let p = this.cache.get(path);
    if (!p) {
      p = this.loader(path);
      p.catch(() => this.cache.delete(path));
      this.cache.set(path, p);
    }
    return p as Promise<T>;
  }

  /** The index's meta file; calling it early warms the cache. */
  meta(): Promise<SearchMeta> {
    return this.file<SearchMeta>('meta.json');
  }

  /** A query word's matches in the vocabulary; words it begins only when `prefix` (the last word). */
  private async expand(
    token: string,
    exact: boolean,
    prefix: boolean,
    meta: SearchMeta,
  ): Promise<Expansion[]> {
    const key = vocabShard(token);
    if (!meta.shards.includes(key)) return [];
    const shard = await this.file<VocabShard>(`vocab/${key}.json`);
    const edits = exact ? 0 : allowedEdits(token);
    const found: Expansion[] = [];
    shard.words.forEach((word, i) => {
      const df = shard.df[i] ?? 0;
      if (word === token) found.push({ word, weight: 1, df });
      else if (exact) return;
      else if (prefix && token.length >= 3 && word.startsWith(token))
        found.push({ word, weight: 0.75, df });
      else if (edits > 0) {
        const d = boundedDistance(token, word, edits);
        if (d <= edits) found.push({ word, weight: 0.85 - 0.15 * d, df });
      }
    });
    found.sort((a, b) => b.weight - a.weight || b.df - a.df);
    // A word of the corpus keeps only the matches more common than itself (another spelling of
    // it: `Donbass` → `donbas`), two at most; a word that is not one (a typo, a word being
    // typed) keeps the best `EXPANSIONS`. Each match kept is a postings file to fetch.
    const itself = found.find((x) => x.weight === 1);
    if (!itself) return found.slice(0, EXPANSIONS);
    return [itself, ...found.filter((x) => x !== itself && x.df >= itself.df).slice(0, VARIANTS)];
  }

  /** The records holding `word`, and the word's neighbours' codes in each. */
  private async postings(word: string, meta: SearchMeta): Promise<[number[], string[]]> {
    const bucket = await this.file<PostingsBucket>(
      `postings/${postingsBucket(word, meta.buckets)}.json`,
    );
    return [deltaDecode(bucket.ids[word] ?? []), (bucket.near[word] ?? '').split(',')];
  }

  /** A candidate record with its article's head (from the same file). */
  private async row(id: number, meta: SearchMeta): Promise<Row | null> {
    const n = Math.floor(id / meta.chunkSize);
    const chunk = await this.file<RecordChunk>(`records/${n}.json`);
    const record = chunk.records[id - n * meta.chunkSize];
    if (!record) return null;
    const head =
      record.t === 'a'
        ? record
        : (chunk.heads[record.a] ?? chunk.records[record.a - n * meta.chunkSize]);
    if (head?.t !== 'a') return null;
    return { id, record, head, article: record.t === 'a' ? id : record.a };
  }

  /**
   * One page of the results of `state`: `limit` results from `offset` on, in rank order. The
   * results are ranked a batch of candidates at a time (the best ~100 by their prior first), and
   * every batch is kept, so a later page continues where the earlier left off and every record
   * holding the query's words is reached in the end.
   */
  async search(state: SearchState, limit = 20, offset = 0): Promise<SearchOutcome> {
    const query = parseQuery(state.q);
    if (query.terms.length === 0) return { hits: [], total: 0, complete: true };
    const ranking = await this.ranking(state, query);
    const work = ranking.busy.then(() => this.page(ranking, limit, offset));
    ranking.busy = work.then(
      () => undefined,
      () => undefined,
    );
    return work;
  }

  /** The ranking of one search state, kept for its next pages (the last `KEPT_RANKINGS`). */
  private ranking(state: SearchState, query: ParsedQuery): Promise<Ranking> {
    const key = JSON.stringify(state);
    let r = this.rankings.get(key);
    if (!r) {
      r = this.rank(state, query);
      r.catch(() => this.rankings.delete(key));
      this.rankings.set(key, r);
      for (const old of this.rankings.keys()) {
        if (this.rankings.size <= KEPT_RANKINGS) break;
        this.rankings.delete(old);
      }
    }
    return r;
  }

  private async page(ranking: Ranking, limit: number, offset: number): Promise<SearchOutcome> {
    const { candidates, tried, results } = ranking;
    const want = offset + limit;
    // The owners file (records per article) counts the results without fetching them: asked for
    // at once, beside the first records, when there are more candidates than one batch.
    // Asked for at once, beside the first records, when there are more candidates than a batch.
    const owners =
      ranking.countable && (candidates.length > this.batchSize || ranking.truncated)
        ? this.file<RecordOwners>('owners.json')
        : null;
    owners
      ?.then((o) => (ranking.articleOf ??= articleOf(ranking.meta.ranges, o)))
      .catch(() => undefined);
    while (ranking.batches === 0 || results.length < want) {
      if (tried.size < candidates.length) await this.batch(ranking, limit);
      else if (ranking.truncated) await this.extend(ranking);
      else break;
    }
    const exhausted = tried.size >= candidates.length && !ranking.truncated;
    let total = results.length;
    let complete = exhausted;
    if (!exhausted && owners) {
      // Every candidate is a result: their count, exact unless a capped list holds more.
      const count = countResults(candidates, ranking.meta.ranges, await owners);
      total = count.articles + count.quotes;
      complete = !ranking.truncated;
    }
    const { words, phrases } = ranking;
    return {
      total,
      complete,
      hits: results
        .slice(offset, want)
        .map((s) => toHit(s.record, s.head, s.score, words, phrases)),
    };
  }

  /** Every candidate of a search, best first by the prior (no record text fetched yet). */
  private async rank(state: SearchState, query: ParsedQuery): Promise<Ranking> {
    const meta = await this.meta();
    // The postings of the words as typed are fetched with their vocabulary shards, not after:
    // most words are spelt right, and then their lists are there when the shard is.
    for (const term of query.terms) {
      if (meta.shards.includes(vocabShard(term.token))) {
        this.file(`postings/${postingsBucket(term.token, meta.buckets)}.json`).catch(() => {});
      }
    }

    // 2–3: vocabulary matches and their postings, per query word.
    const perTerm = await Promise.all(
      query.terms.map(async (term) => {
        const last = term.token === query.words.at(-1);
        const expansions = await this.expand(term.token, term.exact, last, meta);
        const weights = new Map<number, number>();
        // The records holding the term's best match (the word, its spellings): a fuzzy neighbour
        // alone (`blake` for `Blaire`, when `blair` is there) only fills in after them.
        const top = Math.max(0, ...expansions.map((x) => x.weight));
        const best = new Set<number>();
        let truncated = false;
        const expected = neighbours(term.token, query.words);
        await Promise.all(
          expansions.map(async (x) => {
            if (x.df > meta.maxPostings) truncated = true;
            const w = x.weight * idf(x.df, meta.records);
            const [ids, near] = await this.postings(x.word, meta);
            ids.forEach((id, i) => {
              if (x.weight === top) best.add(id);
              // The word itself with the query's neighbours around it: the query's words run
              // together here as they do in the query.
              const along = x.word === term.token ? agreement(near[i] ?? '', expected) : 0;
              weights.set(id, Math.max(weights.get(id) ?? 0, w + NEIGHBOUR_WEIGHT * along));
            });
          }),
        );
        return { term, expansions, weights, best, truncated };
      }),
    );
    const matchedWords = new Set(perTerm.flatMap((t) => t.expansions.map((x) => x.word)));
    const exactWords = new Set(query.terms.map((t) => t.token));

    const { candidates, fuzzyOnly } = orderCandidates(perTerm, state, meta);
    const filtered = Boolean(state.speaker || state.outlet || state.from || state.to);
    const truncated = perTerm.some((t) => t.truncated);
    return {
      state,
      query,
      meta,
      perTerm,
      candidates,
      fuzzyOnly,
      filtered,
      truncated,
      // Every candidate is a result when nothing but the words decides: no filter, no phrase.
      countable: !filtered && query.phrases.length === 0,
      words: new Set([...matchedWords, ...exactWords]),
      phrases: query.phrases,
      tried: new Set(),
      results: [],
      seen: new Set(),
      batches: 0,
      busy: Promise.resolve(),
    };
  }

  /**
   * Past every record the capped posting lists reach: fetches the rest of those lists
   * (`more/<n>.json`) and adds the records they bring after the candidates so far, in the same
   * order, so the pages already shown stay as they were.
   */
  private async extend(ranking: Ranking): Promise<void> {
    const { meta, perTerm, state } = ranking;
    await Promise.all(
      perTerm
        .filter((t) => t.truncated)
        .map(async (t) => {
          const top = Math.max(0, ...t.expansions.map((x) => x.weight));
          await Promise.all(
            t.expansions
              .filter((x) => x.df > meta.maxPostings)
              .map(async (x) => {
                const rest = await this.file<MorePostings>(
                  `more/${postingsBucket(x.word, meta.buckets)}.json`,
                );
                const w = x.weight * idf(x.df, meta.records);
                for (const id of deltaDecode(rest.ids[x.word] ?? [])) {
                  if (x.weight === top) t.best.add(id);
                  t.weights.set(id, Math.max(t.weights.get(id) ?? 0, w));
                }
              }),
          );
          t.truncated = false;
        }),
    );
    ranking.truncated = false;
    const known = new Set(ranking.candidates);
    const { candidates, fuzzyOnly } = orderCandidates(perTerm, state, meta);
    ranking.candidates.push(...candidates.filter((id) => !known.has(id)));
    ranking.fuzzyOnly = fuzzyOnly;
  }

  /**
   * 4–5: fetches the next best candidates' records and their articles' heads (a budget of record
   * files at a time; more rounds only while too few pass the filters and phrases), ranks them
   * and adds them to the results: one per article (its best paragraph or its head), every quote.
   */
  private async batch(ranking: Ranking, limit: number): Promise<void> {
    const { state, query, meta, perTerm, candidates, tried, fuzzyOnly } = ranking;
    ranking.batches++;
    // A paragraph of an article that has its result already would only be dropped: with the
    // owners file in, it is passed over without fetching its record.
    const owner = ranking.articleOf;
    if (owner && ranking.seen.size > 0) {
      for (const id of candidates) {
        const article = tried.has(id) ? null : owner(id);
        if (article !== null && ranking.seen.has(article)) tried.add(id);
      }
    }
    const rows: Row[] = [];
    for (let round = 0; round < ROUNDS && rows.length < Math.min(limit, ENOUGH); round++) {
      const max = ranking.filtered ? 4 * this.batchSize : this.batchSize;
      const chosen = withinBudget(candidates, meta, max, tried);
      if (chosen.length === 0) break;
      for (const id of chosen) tried.add(id);
      const loaded = await Promise.all(chosen.map((id) => this.row(id, meta)));
      for (const row of loaded) {
        if (!row || !passesFilters(row, state)) continue;
        const text = recordText(row.record);
        if (query.phrases.every((p) => containsPhrase(text, p))) rows.push(row);
      }
    }
    if (rows.length === 0) return;

    const docs: FuseDoc[] = rows.map(({ id, record }) => ({
      id,
      title: record.t === 'a' ? folded(record.title) : '',
      dek: record.t === 'a' ? folded(record.dek) : '',
      quote: record.t === 'q' ? folded(record.x) : '',
      text: record.t === 'p' ? folded(record.x) : '',
      speaker: record.t === 'q' ? folded(record.s) : '',
    }));
    const fuse = new Fuse(docs, FUSE_OPTIONS, Fuse.createIndex(FUSE_OPTIONS.keys ?? [], docs));
    const fuseScores = new Map<number, number>();
    for (const r of fuse.search(fuseQuery(query))) fuseScores.set(r.item.id, r.score ?? 0.5);

    // 5: final order.
    const strongest = (xs: readonly Expansion[]): number =>
      Math.max(0, ...xs.map((x) => x.weight * idf(x.df, meta.records)));
    const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
    const wanted = sum(perTerm.map((t) => strongest(t.expansions)));
    const scored = rows.map((row) => {
      const words = tokens(recordText(row.record));
      const recordWords = new Set(words);
      const whole = query.terms.filter((t) => recordWords.has(t.token)).length;
      // How much of the query the record holds, each word counted by its rarity and by how
      // good a match it is (a common word alone says little).
      const held = sum(
        perTerm.map((t) => strongest(t.expansions.filter((x) => recordWords.has(x.word)))),
      );
      // Fuse's score (0 best) favours short fields; half of it, so that a long paragraph holding
      // the query as written still beats a title or quote holding a few of its words.
      let score = FUSE_WEIGHT * (fuseScores.get(row.id) ?? 0.75);
      if (row.record.t !== 'p') score -= 0.15;
      score -= (0.25 * whole) / query.terms.length;
      if (wanted > 0) score -= (0.5 * held) / wanted;
      if (query.phrases.length > 0) score -= 0.3;
      else if (query.words.length > 1) {
        // Words of the query running together as in the query (stopwords too): the more of
        // them, the likelier this is the passage meant.
        const shared = pairsShared(words, query.words);
        score -= (0.45 * shared) / (query.words.length - 1);
        // The whole query, three words or more, as a phrase of the record: what was meant.
        if (query.words.length >= 3 && shared === query.words.length - 1) score -= 0.2;
      }
      return { ...row, score: Math.round(score * 50) / 50, fuzzy: fuzzyOnly(row.id) };
    });
    scored.sort(
      (a, b) => a.fuzzy - b.fuzzy || a.score - b.score || a.article - b.article || a.id - b.id,
    );
    for (const s of scored) {
      if (s.record.t !== 'q') {
        if (ranking.seen.has(s.article)) continue;
        ranking.seen.add(s.article);
      }
      ranking.results.push(s);
    }
  }
}
