import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type InputFile } from '../../../src/corpus/build-corpus.ts';
import type { Memo } from '../../../src/corpus/disk-memo.ts';
import { openLinkCache } from '../../../src/corpus/link-cache.ts';
import type { FoundEntity } from '../../../src/pipeline/entities/find-entities.ts';
import { SEED_DIR } from '../seeds.ts';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The seeds, and seed 000 republished without its fourth paragraph: a rewrite to find. */
function corpusWithCopy(edit = (text: string) => text): InputFile[] {
  const seeds = readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((rel) => ({ rel, text: readFileSync(path.join(SEED_DIR, rel), 'utf8') }));
  const paragraphs = seeds[0]!.text.split('\n\n');
  const copy = edit([...paragraphs.slice(0, 3), ...paragraphs.slice(4)].join('\n\n'));
  return [...seeds, { rel: 'zz-republished.txt', text: copy }].map((f) => ({
    rel: f.rel,
    bytes: encode(f.text),
  }));
}

/** An in-memory memo that counts what it was asked and told. */
function countingMemo<V>(): Memo<V> & { map: Map<string, V>; hits: number; sets: number } {
  const map = new Map<string, V>();
  const memo = {
    map,
    hits: 0,
    sets: 0,
    get(key: string) {
      const value = map.get(key);
      if (value !== undefined) memo.hits++;
      return value;
    },
    set(key: string, value: V) {
      memo.sets++;
      map.set(key, value);
    },
  };
  return memo;
}

const json = (inputs: InputFile[], memos = {}): string =>
  JSON.stringify(buildCorpus(inputs, [], undefined, { memos }).entries);

describe('the link cache', () => {
  it('links the corpus as without it, and a second build takes every check from it', () => {
    const inputs = corpusWithCopy();
    const fresh = json(inputs);
    const rewrites = countingMemo<boolean>();
    const entities = countingMemo<FoundEntity[]>();
    expect(json(inputs, { rewrites, entities })).toBe(fresh);
    // The republished copy was checked against seed 000 and found to be a rewrite of it.
    expect([...rewrites.map.values()]).toContain(true);
    const republished = buildCorpus(inputs).entries.find((e) => e.file === 'zz-republished.txt')!;
    expect(republished.rewriteOf).toBe(buildCorpus(inputs).entries[0]!.id);
    expect(entities.map.size).toBe(buildCorpus(inputs).entries.length);

    const checks = rewrites.sets;
    const found = entities.sets;
    expect(json(inputs, { rewrites, entities })).toBe(fresh);
    expect(rewrites.sets).toBe(checks);
    expect(entities.sets).toBe(found);
    expect(rewrites.hits).toBe(checks);
    expect(entities.hits).toBe(found);
  });

  it('checks again only what involves an edited file', () => {
    const rewrites = countingMemo<boolean>();
    const entities = countingMemo<FoundEntity[]>();
    json(corpusWithCopy(), { rewrites, entities });
    const [checks, found] = [rewrites.sets, entities.sets];
    const edited = corpusWithCopy((text) => text.replace('Putin is set', 'Putin was set'));
    expect(json(edited, { rewrites, entities })).toBe(json(edited));
    // One entry's names found again; its pair with seed 000 checked again.
    expect(entities.sets - found).toBe(1);
    expect(rewrites.sets - checks).toBeGreaterThanOrEqual(1);
    expect(rewrites.sets - checks).toBeLessThan(checks + 1);
  });

  it('uses what the memo holds, not a check of its own', () => {
    const rewrites = countingMemo<boolean>();
    const inputs = corpusWithCopy();
    json(inputs, { rewrites });
    // Seed 001 (a paraphrase) and the copy were both found to rewrite seed 000.
    const first = buildCorpus(inputs).entries;
    expect(first.filter((e) => e.rewriteOf === first[0]!.id)).toHaveLength(2);
    for (const key of rewrites.map.keys()) rewrites.map.set(key, false);
    const entries = buildCorpus(inputs, [], undefined, { memos: { rewrites } }).entries;
    expect(entries.filter((e) => e.rewriteOf === first[0]!.id)).toEqual([]);
  });

  it('keeps its results on disk between builds', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'clippings-link-'));
    const inputs = corpusWithCopy();
    const first = await openLinkCache(SEED_DIR, base);
    buildCorpus(inputs, [], undefined, { memos: first });
    await first.save();
    const second = await openLinkCache(SEED_DIR, base);
    expect(second.entities.size).toBe(buildCorpus(inputs).entries.length);
    expect(second.rewrites.size).toBeGreaterThan(0);
    expect(json(inputs, second)).toBe(json(inputs));
  });
});
