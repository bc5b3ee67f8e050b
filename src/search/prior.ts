/**
 * The search's candidate prior: which records hold the query's words, ordered by how much the
 * words they hold say (rarity, neighbours shared with the query), and the record files within
 * the per-query download budget.
 */
import type { SearchMeta } from './build.ts';
import type { ParsedQuery, SearchState } from './query.ts';

/** A query word's matches in the vocabulary, with how good each is (1 = the word itself). */
export interface Expansion {
  word: string;
  weight: number;
  df: number;
}

/** A query word's vocabulary matches and the records holding them. */
export interface TermMatches {
  term: ParsedQuery['terms'][number];
  expansions: Expansion[];
  weights: Map<number, number>;
  best: Set<number>;
  truncated: boolean;
}

/** Record files fetched at most for one query (the bound on bytes downloaded per query). */
const CHUNK_BUDGET = 12;

/**
 * The candidates of a search, best first by the prior: the query's words a record holds, each
 * counted by its rarity (a rare word says more about a record than a common one) and its
 * neighbours shared with the query; a record holding a word only as a fuzzy neighbour after
 * every record holding its best match. A capped list cannot tell the records it leaves out from
 * those without the word: it counts half, and not towards `count` (the words whose lists are
 * complete, which must all hold: AND).
 */
export function orderCandidates(
  perTerm: readonly TermMatches[],
  state: SearchState,
  meta: SearchMeta,
): { candidates: number[]; fuzzyOnly: (id: number) => number } {
  const inType = (id: number): boolean => {
    const { a, p, q } = meta.ranges;
    // A speaker is a quote's: only quotes can pass that filter.
    if (state.type === 'quotes' || state.speaker) return id >= q[0] && id < q[1];
    if (state.type === 'articles') return id >= a[0] && id < p[1];
    return true;
  };
  const prior = new Map<number, { count: number; weight: number }>();
  for (const { weights, truncated } of perTerm) {
    for (const [id, w] of weights) {
      if (!inType(id)) continue;
      const p = prior.get(id) ?? { count: 0, weight: 0 };
      if (truncated) p.weight += w / 2;
      else {
        p.count++;
        p.weight += w;
      }
      prior.set(id, p);
    }
  }
  const required = perTerm.filter((t) => t.weights.size > 0 && !t.truncated).length;
  let pool = [...prior].filter(([, p]) => p.count >= required);
  if (pool.length === 0) {
    const best = Math.max(0, ...[...prior.values()].map((p) => p.count));
    pool = [...prior].filter(([, p]) => p.count === best);
  }
  const typeRank = (id: number): number =>
    id < meta.ranges.a[1] || id >= meta.ranges.q[0] ? 0 : 1;
  // How many query words a record holds only as a fuzzy neighbour: fewer comes first, always.
  const fuzzyOnly = (id: number): number =>
    perTerm.filter((t) => t.weights.has(id) && !t.best.has(id)).length;
  const candidates = pool
    .map(([id, p]) => [id, p, fuzzyOnly(id)] as const)
    .sort(
      ([ia, a, fa], [ib, b, fb]) =>
        fa - fb || b.weight - a.weight || typeRank(ia) - typeRank(ib) || ia - ib,
    )
    .map(([id]) => id);
  return { candidates, fuzzyOnly };
}

/** How much finding a word in a record says: `ln(1 + records / df)`, 1 for the rarest words. */
export function idf(df: number, records: number): number {
  return Math.log(1 + records / Math.max(1, df)) / Math.log(1 + records);
}

/**
 * The best candidates not in `skip`, at most `max`, whose records lie in at most `CHUNK_BUDGET`
 * record files: a later candidate in yet another file is left (for the next round). A file holds
 * the heads of its records' articles too, so nothing else is fetched for them.
 */
export function withinBudget(
  candidates: readonly number[],
  meta: SearchMeta,
  max: number,
  skip: ReadonlySet<number> = new Set(),
): number[] {
  const chunks = new Set<number>();
  const chosen: number[] = [];
  for (const id of candidates) {
    if (chosen.length >= max) break;
    if (skip.has(id)) continue;
    const chunk = Math.floor(id / meta.chunkSize);
    if (!chunks.has(chunk)) {
      if (chunks.size >= CHUNK_BUDGET) continue;
      chunks.add(chunk);
    }
    chosen.push(id);
  }
  return chosen;
}
