/**
 * compromise, as the pipeline runs it: the library as published, with its match sweep reading
 * only the patterns' hooks a text holds. compromise's tagger runs its post-tagging patterns
 * through a sweep that, for every sentence, walks all of the several thousand words and tags its
 * patterns hang on, asks whether the sentence holds each one, gathers the patterns of those it
 * holds into one list (concatenating and de-duplicating by pattern text as it goes) and filters
 * that list; for the short texts the pipeline tags (a line, a name, a quoted phrase) picking the
 * patterns cost about twice as much as matching them. Here each net's hooks are indexed once
 * (order, patterns, a number per distinct pattern) and a sentence's patterns are picked in one
 * pass over the hooks it holds, in compromise's own order, de-duplicated and filtered by the same
 * tests, so the same patterns are tried in the same order and every word is tagged as before
 * (checked on 16,355 texts: the 12,044 texts the quote and entity stage tags over BBC, 300
 * articles' paragraphs with the chunker, and `tests/unit/document/compromise.test.ts`).
 * Import `nlp` from here rather than from `compromise`.
 *
 * `tag` parses a text as `nlp` does but without compromise's last step, its chunker, which only
 * groups the tagged words into noun and verb phrases (`term.chunk`, read by `.nouns()`,
 * `.verbs()` and `<Noun>` matches) and changes no tag: readers of tags alone (`tokens.ts`,
 * `lemmas.ts`) skip its cost, about a tenth of a parse.
 */
import nlp from 'compromise';

/** A tagging pattern of a net, with what compromise's sweep reads of it before matching. */
interface Pattern {
  match?: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
type Hooks = Record<string, Pattern[]>;
type Net = { hooks: Hooks; always: Pattern[] };
type Found = { ptrs: number[][] };
type Methods = {
  one: {
    cacheDoc: (document: unknown[]) => Set<string>[];
    match: (document: unknown[], pattern: Pattern) => Found;
  };
};
type Options = { matchOne?: boolean };
type BulkMatch = (document: unknown[], net: Net, methods: Methods, options: Options) => unknown;

const one = (nlp.world() as { methods: { one: { bulkMatch: BulkMatch } } }).methods.one;
/** compromise's own sweep, over all its hooks (for the test that holds the two alike). */
export const fullSweep = one.bulkMatch;

/**
 * A net's hooks indexed once: each hook's place in compromise's order, its patterns, and each
 * pattern's number (patterns written alike share one, as compromise's de-duplication by
 * `match` has it).
 */
interface Index {
  order: Map<string, number>;
  lists: Pattern[][];
  ids: Int32Array[];
  /** Per pattern number, the sweep in which it was last taken (`stamp`). */
  taken: Int32Array;
  /** The `ifNo` words of the patterns that are no hook: a sentence's patterns depend on them too. */
  unhooked: string[];
  /**
   * The patterns picked for what a sentence holds (its hooks, `unhooked` words and length):
   * short texts often hold the same (`the striker`, `the keeper`).
   */
  picked: Map<string, Pattern[]>;
  /** The net's patterns tried on every sentence, as when `picked` was filled. */
  always?: Pattern[];
}
/** Enough sentence shapes for a corpus's short texts; cleared when full. */
const PICKED_MAX = 20_000;
const indexes = new WeakMap<Hooks, Index>();
let stamp = 0;

function indexOf(hooks: Hooks): Index {
  let index = indexes.get(hooks);
  if (index) return index;
  const keys = Object.keys(hooks);
  const numbers = new Map<string, number>();
  const lists = keys.map((key) => hooks[key]!);
  const ids = lists.map((list) =>
    Int32Array.from(list, (pattern) => {
      const key = String(pattern.match);
      let id = numbers.get(key);
      if (id === undefined) numbers.set(key, (id = numbers.size));
      return id;
    }),
  );
  const order = new Map(keys.map((key, i) => [key, i]));
  const unhooked = new Set(
    lists.flatMap((list) => list.flatMap((p) => p.ifNo ?? [])).filter((w) => !order.has(w)),
  );
  index = {
    order,
    lists,
    ids,
    taken: new Int32Array(numbers.size),
    unhooked: [...unhooked],
    picked: new Map(),
  };
  indexes.set(hooks, index);
  return index;
}

/** compromise's test of a pattern against what a sentence holds (its `trimDown` and `tooSmall`). */
function fits(p: Pattern, holds: Set<string>, words: number): boolean {
  if (!p.needs.every((need) => holds.has(need))) return false;
  if (p.ifNo !== undefined && p.ifNo.some((no) => holds.has(no))) return false;
  if (p.wants.length > 0 && p.wants.filter((want) => holds.has(want)).length < p.minWant)
    return false;
  return words >= p.minWords;
}

/**
 * compromise's sweep (`bulkMatch`: `getHooks`, `trimDown`, `tooSmall`, `runMatch`), reading only
 * the hooks each sentence holds: the same patterns, de-duplicated and filtered alike, are tried
 * in the same order, so the same matches come back in the same order.
 */
one.bulkMatch = (document, net, methods, options) => {
  const index = indexOf(net.hooks);
  const results: Array<Pattern & { pointer: number[] }> = [];
  const caches = methods.one.cacheDoc(document);
  for (let n = 0; n < document.length; n++) {
    const maybe = patternsFor(index, net, caches[n]!, (document[n] as unknown[]).length);
    for (const p of maybe) {
      const found = methods.one.match([document[n]], p);
      if (found.ptrs.length === 0) continue;
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        const todo = Object.assign({}, p, { pointer });
        if (p.unTag !== undefined) todo.unTag = p.unTag;
        results.push(todo);
      }
      if (options.matchOne === true) return [results[0]];
    }
  }
  return results;
};

/** The patterns to try on a sentence that holds `holds` and has `words` words, in order. */
function patternsFor(index: Index, net: Net, holds: Set<string>, words: number): Pattern[] {
  const { order, lists, ids, taken, unhooked, picked } = index;
  const held: number[] = [];
  for (const item of holds) {
    const at = order.get(item);
    if (at !== undefined) held.push(at);
  }
  held.sort((a, b) => a - b);
  const shape = `${held.join(' ')}/${words}/${unhooked.filter((w) => holds.has(w)).join(' ')}`;
  if (index.always !== net.always) {
    picked.clear();
    index.always = net.always;
  }
  const known = picked.get(shape);
  if (known) return known;
  stamp++;
  const maybe: Pattern[] = [];
  for (const at of held) {
    const list = lists[at]!;
    const numbers = ids[at]!;
    for (let i = 0; i < list.length; i++) {
      if (taken[numbers[i]!] === stamp) continue;
      taken[numbers[i]!] = stamp;
      if (fits(list[i]!, holds, words)) maybe.push(list[i]!);
    }
  }
  for (const p of net.always) if (words >= p.minWords) maybe.push(p);
  if (picked.size >= PICKED_MAX) picked.clear();
  picked.set(shape, maybe);
  return maybe;
}

type World = { hooks: string[] };
const world = (nlp as unknown as { _world: World })._world;
/** compromise's parsing steps, in its order, without the chunker. */
const TAGGING = world.hooks.filter((hook) => hook !== 'chunks');

/** The text parsed and tagged as `nlp(text)` does, without grouping its words into chunks. */
export function tag(text: string): ReturnType<typeof nlp> {
  const all = world.hooks;
  world.hooks = TAGGING;
  try {
    return nlp(text);
  } finally {
    world.hooks = all;
  }
}

export default nlp;
