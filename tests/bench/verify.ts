/**
 * `npm run bench:verify -- [pages] [entries]`
 *
 * What checking costs at 10,000 files (issue 20): a rebuild reuses a page only when its file's
 * size and SHA-1 match the manifest, and opens every cache entry only when its CRC-32 matches.
 * This writes `pages` files (default 64,888, the HTML pages of the 10,000-file build in
 * BENCHMARKS.md) of 15.2 KB on average (986 MB of `dist/` over them), copies of the seeds' own
 * pages cut or repeated to a spread of sizes, and times the check of all of them just after
 * writing them (the system's file cache warm, as when a rebuild follows a build), then one more
 * pass reading and hashing every file (what recording them costs after a cold build). It seals
 * and opens `entries` parse-cache entries (default 10,011: one per article) made from the seeds'
 * real parses, against the same work without checksums, and times the content store's check
 * (a CRC-32 of each stored entry's JSON). Prints each figure beside today's rebuild after one
 * edit at 10,000 files (36.1 s, BENCHMARKS.md), and the load average: on the shared machine
 * timings are noisy.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import { buildCorpus, type CachedParse, type InputFile } from '../../src/corpus/build-corpus.ts';
import { seal, unseal } from '../../src/lib/checked-bytes.ts';
import { splitEntry } from '../../src/loaders/article-details.ts';
import { fileMatches, pageFile } from '../../src/page-cache/page-file.ts';
import { SEEDS } from './lib/corpus.ts';

const REBUILD_MS = 36_100;
const pages = Number(process.argv[2] ?? 64_888);
const entries = Number(process.argv[3] ?? 10_011);
const AVERAGE_PAGE = 15_200;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const share = (ms: number): string => `${((100 * ms) / REBUILD_MS).toFixed(1)}% of the rebuild`;
/** Wall time of `work`, ms; its CPU time (user and system) goes to `cpu`. */
const cpu: number[] = [];
const time = <T>(work: () => T): [T, number] => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = work();
  const used = process.cpuUsage(c0);
  cpu.push((used.user + used.system) / 1000);
  return [result, performance.now() - t0];
};
const lastCpu = (): string => `CPU ${seconds(cpu.at(-1)!)}, ${share(cpu.at(-1)!)}`;

const inputs: InputFile[] = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((rel) => ({ rel, bytes: new Uint8Array(readFileSync(path.join(SEEDS, rel))) }));

console.log(
  `bench:verify: load ${loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}`,
);

// Pages: the seeds' article pages as models, cut or repeated to sizes around the average.
const work = mkdtempSync(path.join(tmpdir(), 'clippings-verify-'));
try {
  const model = Buffer.from(
    inputs
      .map((f) => `<article><p>${Buffer.from(f.bytes).toString('utf8')}</p></article>`)
      .join(''),
  );
  const records: { file: string; size: number; sha1: string }[] = [];
  for (let i = 0; i < pages; i++) {
    const size = Math.round(AVERAGE_PAGE * (0.5 + ((i * 7919) % 1000) / 1000));
    const bytes = Buffer.alloc(size);
    for (let at = 0; at < size; at += model.length) model.copy(bytes, at, 0, size - at);
    bytes.write(String(i), 0);
    const dir = path.join(work, 'articles', String(i % 1000));
    if (i < 1000) mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${i}.html`);
    writeFileSync(file, bytes);
    records.push({
      file,
      size,
      sha1: createHash('sha1').update(bytes).digest('base64url'),
    });
  }
  const bytes = records.reduce((sum, r) => sum + r.size, 0);
  const [matched, checkMs] = time(() => records.filter((r) => fileMatches(r.file, r)).length);
  if (matched !== pages) throw new Error(`only ${matched} of ${pages} pages matched`);
  const checkCpu = lastCpu();
  const [, recordMs] = time(() => records.forEach((r) => pageFile(r.file)));
  console.log(
    `pages: ${pages} files, ${(bytes / 1e6).toFixed(0)} MB: size and SHA-1 checked in ` +
      `${seconds(checkMs)} wall (${share(checkMs)}), ${checkCpu}; ` +
      `recorded after a cold build (read and hashed) ${seconds(recordMs)}, ${lastCpu()}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Cache entries: the seeds' real parses, one per article at 10,000 files.
const kept = new Map<string, CachedParse>();
const corpus = buildCorpus(inputs, [], {
  get: () => undefined,
  set: (key, value) => void kept.set(key, value),
});
const models = [...kept.values()];
// Copies, not the same objects again: `serialize` writes an object met twice only once.
const values = Array.from({ length: entries }, (_, i) =>
  structuredClone(models[i % models.length]!),
);
const keys = values.map((_, i) => `key-${i}`);
// A rebuild: the memo file read, every entry taken, the used entries written back. Before the
// checksums: one deserialize of every value, one serialize of them. Now: the file's sealed
// entries read, each checked and opened as it is taken, the same sealed bytes written back.
const plainFile = serialize({ version: 'v', values: new Map(values.map((v, i) => [keys[i], v])) });
const [, plainMs] = time(() => {
  const { values: read } = deserialize(plainFile) as { values: Map<string, CachedParse> };
  const used = new Map<string, CachedParse>();
  for (const key of keys) used.set(key, read.get(key)!);
  serialize({ version: 'v', values: used });
});
const plainCpu = lastCpu();
const [sealed, sealMs] = time(() => values.map((v, i) => seal(serialize([keys[i], v]))));
const sealedFile = serialize({
  version: 'v',
  entries: new Map(sealed.map((s, i) => [keys[i], s])),
});
const [, checkedMs] = time(() => {
  const { entries: read } = deserialize(sealedFile) as { entries: Map<string, Uint8Array> };
  const used = new Map<string, Uint8Array>();
  for (const key of keys) {
    const bytes = read.get(key)!;
    const payload = unseal(bytes);
    if (!payload) throw new Error(`entry ${key} did not open`);
    deserialize(payload);
    used.set(key, bytes);
  }
  serialize({ version: 'v', entries: used });
});
console.log(
  `parse cache: ${entries} entries, ${(plainFile.byteLength / 1e6).toFixed(1)} MB, read, taken ` +
    `and saved: ${seconds(plainMs)} (${plainCpu}) without checksums, ${seconds(checkedMs)} ` +
    `(${lastCpu()}) sealed entry by entry: +${seconds(checkedMs - plainMs)}, ` +
    `${share(checkedMs - plainMs)}; sealing every entry (a cold build's save) ${seconds(sealMs)}`,
);

// The content store's check: a CRC-32 of each stored entry's JSON.
const stores = corpus.entries.map((e) => splitEntry(e).stored);
const [, storeMs] = time(() => {
  for (let i = 0; i < entries; i++) crc32(JSON.stringify(stores[i % stores.length]));
});
console.log(`content store: ${entries} entries checked in ${seconds(storeMs)} (${share(storeMs)})`);
console.log(
  `bench:verify: load ${loadavg()
    .map((v) => v.toFixed(1))
    .join(' ')}`,
);
