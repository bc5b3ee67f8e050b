import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockFolder, lockHolder, lockPath, tryLock } from '../../../src/lib/folder-lock.ts';
import { buildFolders, lockWaitMs } from '../../../src/page-cache/build-lock.ts';

const work = mkdtempSync(path.join(tmpdir(), 'clippings-lock-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The pid of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('folder lock', () => {
  it('is held by one process at a time, naming its holder, and let go', () => {
    const dist = path.join(work, 'one', 'dist');
    const first = tryLock(dist, 'astro build into dist');
    expect('lock' in first).toBe(true);
    const second = tryLock(dist, 'another build');
    expect(second).toEqual({
      heldBy: expect.objectContaining({ pid: process.pid, purpose: 'astro build into dist' }),
    });
    if ('lock' in first) first.lock.release();
    expect(existsSync(lockPath(dist))).toBe(false);
    const third = tryLock(dist, 'another build');
    expect('lock' in third).toBe(true);
    if ('lock' in third) third.lock.release();
  });

  it('takes over a lock whose holder process is gone', () => {
    const dist = path.join(work, 'two', 'dist');
    mkdirSync(lockPath(dist), { recursive: true });
    const gone = { pid: deadPid(), host: hostname(), since: '2026-01-01T00:00:00Z', purpose: 'x' };
    writeFileSync(path.join(lockPath(dist), 'holder.json'), JSON.stringify(gone));
    const attempt = tryLock(dist, 'a new build');
    expect('lock' in attempt).toBe(true);
    expect(lockHolder(dist)?.pid).toBe(process.pid);
    if ('lock' in attempt) attempt.lock.release();
  });

  it('keeps a lock held by another host: its pid means nothing here', () => {
    const dist = path.join(work, 'three', 'dist');
    mkdirSync(lockPath(dist), { recursive: true });
    const other = {
      pid: deadPid(),
      host: 'elsewhere',
      since: '2026-01-01T00:00:00Z',
      purpose: 'x',
    };
    writeFileSync(path.join(lockPath(dist), 'holder.json'), JSON.stringify(other));
    expect(tryLock(dist, 'a new build')).toEqual({ heldBy: other });
  });

  it('waits a bounded time, then fails naming the holder', async () => {
    const dist = path.join(work, 'four', 'dist');
    const first = tryLock(dist, 'astro build into four');
    const told: string[] = [];
    await expect(
      lockFolder(dist, 'second', { waitMs: 300, onWait: (m) => told.push(m) }),
    ).rejects.toThrow(`locked by astro build into four (pid ${process.pid}`);
    expect(told).toHaveLength(1);
    if ('lock' in first) setTimeout(() => first.lock.release(), 100);
    const second = await lockFolder(dist, 'second', { waitMs: 5000 });
    expect(lockHolder(dist)?.purpose).toBe('second');
    second.release();
  });
});

describe('build folders', () => {
  it.each([
    ['/p', '/p/dist', '/p', ['/p/dist', '/p/.astro']],
    ['/p', '/elsewhere/out', '/p', ['/elsewhere/out', '/p/.astro']],
    ['/w/site', '/w/dist', '/w', ['/w/dist', '/w/site/.astro']],
    ['/w/site', '/tmp/out', '/w', ['/tmp/out', '/w/.astro', '/w/site/.astro']],
  ])('root %s, output %s, run in %s: %j', (root, outDir, cwd, folders) => {
    expect(buildFolders(root, outDir, cwd)).toEqual(folders);
  });

  it.each([
    [undefined, 120_000],
    ['', 120_000],
    ['0', 0],
    ['2.5', 2500],
    ['soon', 120_000],
  ])('CLIPPINGS_LOCK_WAIT=%j waits %i ms', (value, ms) => {
    expect(lockWaitMs(value)).toBe(ms);
  });
});
