/**
 * Verified reuse: a page whose digest matches is reused only when its file is byte for byte what
 * the last build wrote; a missing, truncated, emptied or same-size edited file is rendered again
 * and counted as repaired.
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { outputFile, pageDigest } from '../../../src/page-cache/digest.ts';
import { pageFile } from '../../../src/page-cache/page-file.ts';
import {
  reusePages,
  setCurrentRun,
  type PageCacheRun,
  type PageRecord,
} from '../../../src/page-cache/reuse-pages.ts';

const work = mkdtempSync(path.join(tmpdir(), 'clippings-reuse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => setCurrentRun(undefined));

const PAGE =
  '<!doctype html><title>Ad sales boost Time Warner profit</title><p>Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.</p>';

/** `mutate` applied to the written file of `/articles/x/` between two builds. */
const damage: [string, (file: string) => void][] = [
  ['missing', (file) => unlinkSync(file)],
  ['emptied', (file) => truncateSync(file, 0)],
  ['truncated', (file) => truncateSync(file, PAGE.length - 10)],
  ['edited in place, same size', (file) => writeFileSync(file, PAGE.replace('76%', '67%'))],
];

function lastBuild(dir: string): { run: PageCacheRun; file: string } {
  const url = '/articles/x/';
  const file = path.join(dir, outputFile(url));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, PAGE);
  const digest = pageDigest('v1', url, { id: 'x' });
  const record: PageRecord = { digest, ...pageFile(file)! };
  const run: PageCacheRun = {
    version: 'v1',
    previous: new Map([[url, record]]),
    outDir: dir,
    next: new Map(),
    reused: new Set(),
    repaired: new Set(),
    startedAt: Date.now(),
  };
  setCurrentRun(run);
  return { run, file };
}

const paths = [{ params: { id: 'x' }, props: { id: 'x' } }];

describe('reusePages', () => {
  it('reuses a page whose digest and file match', () => {
    const { run } = lastBuild(path.join(work, 'same'));
    expect(reusePages('/articles/[...id]/', paths)).toEqual([]);
    expect([...run.reused]).toEqual(['/articles/x/']);
    expect(run.repaired.size).toBe(0);
  });

  it('renders a page whose props changed, not counting it as repaired', () => {
    const { run } = lastBuild(path.join(work, 'changed'));
    const changed = [{ params: { id: 'x' }, props: { id: 'x', title: 'new' } }];
    expect(reusePages('/articles/[...id]/', changed)).toEqual(changed);
    expect(run.repaired.size).toBe(0);
  });

  it.each(damage)('renders again a page whose file is %s, as repaired', (name, mutate) => {
    const { run, file } = lastBuild(path.join(work, name.replace(/\W+/g, '-')));
    mutate(file);
    expect(reusePages('/articles/[...id]/', paths)).toEqual(paths);
    expect(run.reused.size).toBe(0);
    expect([...run.repaired]).toEqual(['/articles/x/']);
  });
});
