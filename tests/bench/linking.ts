/**
 * `npm run bench:linking [-- 2225 10000 50000]` — the cost of corpus-wide linking (stories,
 * rewrites, related articles: `linkStories`) as the corpus grows, against the cost of parsing.
 *
 * The BBC corpus (../shared/data/bbc) is parsed once; larger corpora are made in memory from its
 * entries: each copy gets a date of its own (spread over five years), a paragraph dropped or
 * rotated, and a few words swapped for words of another article, so no two copies are alike.
 * Prints a table: articles, linking time, ms per article, stories, rewrites, peak heap.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { linkStories } from '../../src/corpus/stories.ts';
import type { Entry } from '../../src/schemas/entry.ts';
import { corpusOf, hasSharedData, SHARED_DATA } from '../unit/shared-data/shared-data.ts';
import { rng } from './lib/corpus.ts';

if (!hasSharedData) {
  console.error(`bench:linking needs the shared test data at ${SHARED_DATA}`);
  process.exit(2);
}

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [2225, 10_000, 50_000];

const t0 = performance.now();
const bbc = corpusOf(path.join(SHARED_DATA, 'bbc')).entries;
const parseMs = performance.now() - t0;
console.log(`parsed ${bbc.length} BBC articles in ${(parseMs / 1000).toFixed(1)} s`);

function varied(source: Entry, copy: number, donor: Entry, rand: () => number): Entry {
  const blocks = source.blocks.map((b) => ({ ...b }));
  if (blocks.length > 3) {
    if (rand() < 0.5) blocks.splice(Math.floor(rand() * blocks.length), 1);
    else blocks.push(blocks.shift()!);
  }
  const words = donor.blocks.flatMap((b) => b.text.split(/\s+/)).filter((w) => w.length > 4);
  for (const b of blocks) {
    const tokens = b.text.split(' ');
    for (let k = 0; k < 3 && words.length; k++)
      tokens[Math.floor(rand() * tokens.length)] = words[Math.floor(rand() * words.length)]!;
    b.text = tokens.join(' ');
  }
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(rand() * 5 * 365) * 86_400_000);
  return {
    ...source,
    id: `${source.id}-copy-${copy}`,
    file: `copy-${copy}/${source.file}`,
    blocks,
    date: day.toISOString().slice(0, 10),
    dateSource: 'front-matter',
    notes: [],
    story: null,
    rewriteOf: null,
    related: [],
  };
}

function corpusOfSize(n: number): Entry[] {
  const rand = rng(n);
  const out: Entry[] = bbc.slice(0, n).map((e) => ({ ...e, notes: [] }));
  for (let copy = 1; out.length < n; copy++)
    for (let i = 0; i < bbc.length && out.length < n; i++)
      out.push(varied(bbc[i]!, copy, bbc[(i * 7 + copy) % bbc.length]!, rand));
  return out;
}

console.log(
  '\narticles   linking s   ms/article   vectors  neighbours  rewrites  stories (s)   stories  rewrites  heap MB',
);
for (const n of SIZES) {
  const entries = corpusOfSize(n);
  globalThis.gc?.();
  const t = performance.now();
  const result = linkStories(entries);
  const ms = performance.now() - t;
  const heap = process.memoryUsage().heapUsed / 1e6;
  const s = (x: number): string => (x / 1000).toFixed(2).padStart(8);
  console.log(
    `${String(n).padStart(8)} ${s(ms)}    ${(ms / n).toFixed(3).padStart(9)} ${s(result.timings.vectors)} ${s(result.timings.neighbours)} ${s(result.timings.rewrites)} ${s(result.timings.stories)}   ${String(result.stories).padStart(8)} ${String(result.rewrites).padStart(9)} ${heap.toFixed(0).padStart(8)}`,
  );
}
console.log(
  `\nParsing the 2,225 BBC files took ${(parseMs / 1000).toFixed(1)} s (${(parseMs / bbc.length).toFixed(2)} ms per article).`,
);
