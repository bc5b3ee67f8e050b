/**
 * An exclusive lock on a folder, so that one process at a time writes into it: a lock folder
 * `.<name>.build-lock` beside it, made with an atomic `mkdir` (it fails if the folder exists,
 * on every file system, NFS included), holding `holder.json` (pid, host, start time, purpose).
 * A lock whose holder is a process of this host that is gone (killed, crashed) is stale and
 * taken over; a lock whose holder file was never written is stale after `HOLDER_GRACE_MS`.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/** Who holds a lock. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the holder took the lock (ISO time). */
  since: string;
  /** What the holder is doing (`astro build into /x/dist`). */
  purpose: string;
}

/** A lock held by this process. */
export interface HeldLock {
  /** The folder locked. */
  folder: string;
  /** Gives the lock back (only if this process still holds it). */
  release(): void;
}

/** A lock folder without a holder file, older than this, is a holder killed while taking it. */
const HOLDER_GRACE_MS = 10_000;

/** The lock folder of `folder`: `.<name>.build-lock` in the same parent folder. */
export function lockPath(folder: string): string {
  const absolute = path.resolve(folder);
  return path.join(path.dirname(absolute), `.${path.basename(absolute)}.build-lock`);
}

/** The holder of the lock on `folder`, or null when it is free or its holder file is unreadable. */
export function lockHolder(folder: string): LockHolder | null {
  try {
    return JSON.parse(
      readFileSync(path.join(lockPath(folder), 'holder.json'), 'utf8'),
    ) as LockHolder;
  } catch {
    return null;
  }
}

/** Whether a process with this pid runs on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the lock at `lock` (held by `holder`, or null if unreadable) can be taken over. */
function stale(lock: string, holder: LockHolder | null): boolean {
  if (holder) return holder.host === hostname() && !alive(holder.pid);
  try {
    return Date.now() - statSync(lock).mtimeMs > HOLDER_GRACE_MS;
  } catch {
    return false; // gone meanwhile: the next try takes it
  }
}

/** Tries once to lock `folder`; the holder in the way when it is held by a live process. */
export function tryLock(
  folder: string,
  purpose: string,
): { lock: HeldLock } | { heldBy: LockHolder | null } {
  const lock = lockPath(folder);
  mkdirSync(path.dirname(lock), { recursive: true });
  try {
    mkdirSync(lock);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = lockHolder(folder);
    if (!stale(lock, holder)) return { heldBy: holder };
    // The holder is gone: its lock is removed (if it is still that holder's), and taken by
    // whoever makes it again first.
    if (JSON.stringify(lockHolder(folder)) === JSON.stringify(holder))
      rmSync(lock, { recursive: true, force: true });
    return tryLock(folder, purpose);
  }
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    purpose,
  };
  writeFileSync(path.join(lock, 'holder.json'), JSON.stringify(me));
  return {
    lock: {
      folder: path.resolve(folder),
      release() {
        const now = lockHolder(folder);
        if (now?.pid === me.pid && now.host === me.host && now.since === me.since)
          rmSync(lock, { recursive: true, force: true });
      },
    },
  };
}

/** What a waiting build says about the lock's holder. */
export function describeHolder(folder: string, holder: LockHolder | null): string {
  return holder
    ? `${path.resolve(folder)} is locked by ${holder.purpose} (pid ${holder.pid} on ${holder.host}, since ${holder.since}; lock ${lockPath(folder)})`
    : `${path.resolve(folder)} is locked (${lockPath(folder)}, holder unknown)`;
}

/**
 * Locks `folder`, waiting up to `waitMs` for another holder to let go (`onWait` is told once
 * who holds it); throws, naming the holder, when the wait is over.
 */
export async function lockFolder(
  folder: string,
  purpose: string,
  { waitMs, onWait }: { waitMs: number; onWait?: (message: string) => void },
): Promise<HeldLock> {
  const until = Date.now() + waitMs;
  let told = false;
  for (;;) {
    const attempt = tryLock(folder, purpose);
    if ('lock' in attempt) return attempt.lock;
    const message = describeHolder(folder, attempt.heldBy);
    if (Date.now() >= until)
      throw new Error(`${message}; gave up after waiting ${Math.round(waitMs / 1000)} s`);
    if (!told) onWait?.(`${message}; waiting up to ${Math.round(waitMs / 1000)} s`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
