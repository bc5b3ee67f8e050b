/**
 * `npm run bench:route-memory -- <inspect.jsonl> [articles]` — the memory of the corpus-wide
 * work the routes after the article pages do, measured apart: the `/data/articles.jsonl` export
 * (made as one string, or streamed in chunks as the endpoint does) and the entity pages'
 * co-occurrence lists (`coOccurring`).
 *
 * The entries are `inspect` output (`npm run -s inspect -- ../shared/data/bbc > bbc.jsonl`),
 * repeated under new ids up to `articles` (default 10,000), as the generated corpora of
 * `bench:build` repeat the BBC articles. Each measurement runs in a child process of its own:
 * the kernel's high-water mark of its resident set (`maxRSS`) after loading the entries, and
 * after the work; the difference is what the work added at its peak. Runs at low priority.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { Entry } from '../../src/schemas/entry.ts';
import { coOccurring } from '../../src/site/entities.ts';
import { inspectRecords, jsonLine, jsonLines } from '../../src/publish/feeds.ts';
import { lazyMap, textStream } from '../../src/publish/text-stream.ts';
import { count, mb, table } from './lib/report.ts';

const WORKS = {
  'articles.jsonl as one string': async (entries: Entry[]) =>
    (await new Response(jsonLines(inspectRecords(entries, []))).arrayBuffer()).byteLength,
  'articles.jsonl streamed': async (entries: Entry[]) =>
    (await new Response(textStream(lazyMap(inspectRecords(entries, []), jsonLine))).arrayBuffer())
      .byteLength,
  coOccurring: (entries: Entry[]) =>
    Promise.resolve([...coOccurring(entries).values()].reduce((n, l) => n + l.length, 0)),
  'coOccurring, a new name set per copy': (entries: Entry[]) =>
    Promise.resolve(
      [...coOccurring(entries.map(renamed)).values()].reduce((n, l) => n + l.length, 0),
    ),
} as const;
type Work = keyof typeof WORKS;

/** The entries of an `inspect` file, repeated under new ids up to `n`. */
function loadEntries(file: string, n: number): Entry[] {
  const read = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Entry & { status: string })
    .filter((e) => e.status !== 'skipped');
  return Array.from({ length: n }, (_, i) => {
    const e = read[i % read.length]!;
    const copy = Math.floor(i / read.length);
    return copy === 0 ? e : (JSON.parse(JSON.stringify({ ...e, id: `${e.id}-${copy}` })) as Entry);
  });
}

/**
 * An entry whose entity ids are its copy's own (`kyiv-3`): a corpus with as many distinct names
 * as articles allow, where the pairs of names grow with the corpus (the repeated BBC entries name
 * the same 2,225 articles' entities over and over).
 */
function renamed(entry: Entry): Entry {
  const copy = /-(\d+)$/.exec(entry.id)?.[1];
  if (!copy) return entry;
  return { ...entry, entities: entry.entities.map((m) => ({ ...m, id: `${m.id}-${copy}` })) };
}

const maxRss = (): number => process.resourceUsage().maxRSS * 1024;

const [file, size = '10000', work] = process.argv.slice(2);
if (!file) {
  console.error('usage: npm run bench:route-memory -- <inspect.jsonl> [articles]');
  process.exit(2);
}
if (work) {
  // A child: one measurement.
  const entries = loadEntries(file, Number(size));
  const loaded = maxRss();
  const result = await WORKS[work as Work](entries);
  console.log(JSON.stringify({ loaded, peak: maxRss(), result }));
} else {
  os.setPriority(10);
  const rows = (Object.keys(WORKS) as Work[]).map((w) => {
    const child = spawnSync(process.execPath, [import.meta.filename, file, size, w], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`${w}: ${child.stderr}`);
    const { loaded, peak, result } = JSON.parse(child.stdout) as Record<string, number>;
    return [w, mb(loaded!), mb(peak!), mb(peak! - loaded!), count(result!)];
  });
  console.log(`\n${count(Number(size))} articles, load ${os.loadavg()[0]!.toFixed(1)}\n`);
  console.log(table(['Work', 'RSS after load', 'Peak', 'Added', 'Result (bytes / pairs)'], rows));
}
