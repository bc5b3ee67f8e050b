/**
 * Checked cache entries: an entry of a disk memo changed in place on disk (same length) is
 * dropped and made again, and the memo says so in one line naming the cache; a file damaged
 * beyond reading is started afresh, saying so.
 */
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus, type InputFile } from '../../../src/corpus/build-corpus.ts';
import { openParseCache } from '../../../src/corpus/parse-cache.ts';
import { SEED_DIR } from '../seeds.ts';

const work = mkdtempSync(path.join(tmpdir(), 'clippings-memo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const seeds = (): InputFile[] =>
  readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((rel) => ({ rel, bytes: new Uint8Array(readFileSync(path.join(SEED_DIR, rel))) }));

/** A parse cache of the seeds saved under a folder of its own; its file. */
async function savedCache(name: string): Promise<{ dir: string; file: string }> {
  const dir = path.join(work, name);
  const cache = await openParseCache(SEED_DIR, dir);
  buildCorpus(seeds(), [], cache);
  await cache.save();
  expect(cache.problem()).toBeUndefined();
  const [file] = readdirSync(dir).filter((f) => f.endsWith('.v8'));
  return { dir, file: path.join(dir, file!) };
}

/** `file` with the first `from` replaced by `to` (as many bytes): an edit in place. */
function editInPlace(file: string, from: string, to: string): void {
  expect(to.length).toBe(from.length);
  const bytes = readFileSync(file);
  const at = bytes.indexOf(Buffer.from(from, 'latin1'));
  expect(at).toBeGreaterThan(0);
  bytes.write(to, at, 'latin1');
  writeFileSync(file, bytes);
}

describe('disk memo checksums', () => {
  const fresh = JSON.stringify(buildCorpus(seeds()).entries);

  it.each([
    ['a word of a kept parse', 'Kremlin', 'Kremlon'],
    ['a file name in a kept parse', '002_', '992_'],
  ])('drops an entry with %s changed in place and parses its file again', async (_, from, to) => {
    const { dir, file } = await savedCache(`edited-${from}`);
    editInPlace(file, from, to);
    const cache = await openParseCache(SEED_DIR, dir);
    const corpus = buildCorpus(seeds(), [], cache);
    expect(corpus.parsed).toEqual({ files: 5, cached: 4 });
    expect(JSON.stringify(corpus.entries)).toBe(fresh);
    expect(cache.problem()).toMatch(
      /^the parse cache .*\.v8: 1 damaged entry \(checksum failed\) dropped and made again$/,
    );
  });

  it('starts afresh from a truncated file, saying it could not be read', async () => {
    const { dir, file } = await savedCache('truncated');
    truncateSync(file, 100);
    const cache = await openParseCache(SEED_DIR, dir);
    const corpus = buildCorpus(seeds(), [], cache);
    expect(corpus.parsed).toEqual({ files: 5, cached: 0 });
    expect(JSON.stringify(corpus.entries)).toBe(fresh);
    expect(cache.problem()).toMatch(
      /^the parse cache .*\.v8 could not be read: it was made afresh$/,
    );
  });

  it('is whole again after the next save', async () => {
    const { dir, file } = await savedCache('repaired');
    editInPlace(file, 'Kremlin', 'Kremlon');
    const cache = await openParseCache(SEED_DIR, dir);
    buildCorpus(seeds(), [], cache);
    await cache.save();
    const again = await openParseCache(SEED_DIR, dir);
    expect(buildCorpus(seeds(), [], again).parsed.cached).toBe(5);
    expect(again.problem()).toBeUndefined();
  });
});
