/**
 * compromise, as the pipeline runs it: the library as published, with its match sweep told which
 * of its patterns' hooks a text holds. compromise's tagger runs its post-tagging patterns through
 * a sweep that, for every sentence, walks all of the several thousand words and tags its patterns
 * hang on and asks whether the sentence holds each one; for the short texts the pipeline tags
 * (a line, a name, a quoted phrase) that walk is about two fifths of the cost of a parse. Here the
 * sweep is handed only the hooks the text holds, in compromise's own order, so it tries the same
 * patterns in the same order and tags every word as before (checked on every line, sentence and
 * `the <word>` of 150 BBC and 150 PolNeAR files: `tests/unit/document/compromise.test.ts`).
 * Import `nlp` from here rather than from `compromise`.
 *
 * `tag` parses a text as `nlp` does but without compromise's last step, its chunker, which only
 * groups the tagged words into noun and verb phrases (`term.chunk`, read by `.nouns()`,
 * `.verbs()` and `<Noun>` matches) and changes no tag: readers of tags alone (`tokens.ts`,
 * `lemmas.ts`) skip its cost, about a tenth of a parse.
 */
import nlp from 'compromise';

type Hooks = Record<string, unknown>;
type Net = { hooks: Hooks };
type Methods = { one: { cacheDoc: (document: unknown) => Set<string>[] } };
type BulkMatch = (document: unknown, net: Net, methods: Methods, options: unknown) => unknown;

const one = (nlp.world() as { methods: { one: { bulkMatch: BulkMatch } } }).methods.one;
/** compromise's own sweep, over all its hooks (for the test that holds the two alike). */
export const fullSweep = one.bulkMatch;
/** Each net's hooks in the order compromise walks them. */
const orders = new WeakMap<Hooks, Map<string, number>>();

one.bulkMatch = (document, net, methods, options) => {
  let order = orders.get(net.hooks);
  if (!order) {
    order = new Map(Object.keys(net.hooks).map((key, i) => [key, i]));
    orders.set(net.hooks, order);
  }
  const held = new Set<string>();
  for (const items of methods.one.cacheDoc(document))
    for (const item of items) if (order.has(item)) held.add(item);
  const hooks: Hooks = {};
  for (const key of [...held].sort((a, b) => order.get(a)! - order.get(b)!))
    hooks[key] = net.hooks[key];
  return fullSweep(document, { ...net, hooks }, methods, options);
};

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
