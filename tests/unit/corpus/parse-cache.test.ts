import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCorpus,
  type InputFile,
  type ParseCache,
  type CachedParse,
} from '../../../src/corpus/build-corpus.ts';
import { openParseCache } from '../../../src/corpus/parse-cache.ts';
import { SEED_DIR } from '../seeds.ts';

const seeds = (): InputFile[] =>
  readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((rel) => ({ rel, bytes: new Uint8Array(readFileSync(path.join(SEED_DIR, rel))) }));

const memory = (): ParseCache & { size: () => number } => {
  const map = new Map<string, CachedParse>();
  return { get: (k) => map.get(k), set: (k, v) => void map.set(k, v), size: () => map.size };
};

const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('the parse cache', () => {
  it('gives the same corpus as a fresh parse, from kept parses', () => {
    const cache = memory();
    const first = buildCorpus(seeds(), [], cache);
    expect(first.parsed).toEqual({ files: 5, cached: 0 });
    const second = buildCorpus(seeds(), [], cache);
    expect(second.parsed).toEqual({ files: 5, cached: 5 });
    expect(JSON.stringify(second.entries)).toBe(JSON.stringify(buildCorpus(seeds()).entries));
    expect(second.files).toEqual(first.files);
  });

  it('parses again only the edited file', () => {
    const cache = memory();
    buildCorpus(seeds(), [], cache);
    const edited = seeds().map((f) =>
      f.rel.startsWith('002')
        ? { ...f, bytes: text(`${new TextDecoder().decode(f.bytes)}\nOne more line.`) }
        : f,
    );
    const again = buildCorpus(edited, [], cache);
    expect(again.parsed).toEqual({ files: 5, cached: 4 });
    expect(again.entries.find((e) => e.file.startsWith('002'))!.blocks.at(-1)!.text).toBe(
      'One more line.',
    );
  });

  it('parses again a file whose drop-cap repair rests on words another file changes', () => {
    const cache = memory();
    const before = buildCorpus(seeds(), [], cache);
    const seed003 = before.entries.find((e) => e.file.startsWith('003'))!;
    // Seed 003 lost the R of "Russian": the repair counts "russian" across the corpus.
    expect(seed003.repairs.map((r) => r.after)).toContain('Russian');
    const withMore = [
      ...seeds(),
      { rel: '005.txt', bytes: text('Russian officials said. '.repeat(3)) },
    ];
    const after = buildCorpus(withMore, [], cache);
    // 003's lookups now get other answers; the other four seeds are reused.
    expect(after.parsed).toEqual({ files: 6, cached: 4 });
    expect(JSON.stringify(after.entries)).toBe(JSON.stringify(buildCorpus(withMore).entries));
  });

  it('keeps parses on disk between runs, and only those used in the last run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clippings-cache-'));
    const first = await openParseCache(SEED_DIR, dir);
    buildCorpus(seeds(), [], first);
    await first.save();
    const second = await openParseCache(SEED_DIR, dir);
    expect(buildCorpus(seeds(), [], second).parsed.cached).toBe(5);
    await second.save();
    const third = await openParseCache(SEED_DIR, dir);
    expect(third.size).toBe(5);
    buildCorpus(seeds().slice(0, 2), [], third);
    await third.save();
    const fourth = await openParseCache(SEED_DIR, dir);
    expect(fourth.size).toBe(2);
  });

  it('removes caches of other folders unused for a month when it saves', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clippings-cache-'));
    const old = path.join(dir, 'gone.v8');
    const recent = path.join(dir, 'recent.v8');
    writeFileSync(old, '');
    writeFileSync(recent, '');
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(old, longAgo, longAgo);
    const cache = await openParseCache(SEED_DIR, dir);
    buildCorpus(seeds().slice(0, 1), [], cache);
    await cache.save();
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });
});
