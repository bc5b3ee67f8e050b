/**
 * Pages written ahead of Astro in a worker thread (`page-thread.ts`). Astro renders one page after
 * another on the main thread; the pages a route hands to `writeDirectly` are written by a plain
 * function, so once their route's slots are known they are sent to a worker in the order Astro
 * will ask for them, a window of pages ahead, and Astro's request for one takes the bytes the
 * worker made (and their SHA-1, for the page manifest) instead of writing the page itself. The
 * second core writes quote and article pages while the first renders, logs and writes files.
 *
 * The worker runs the same function on a copy of the props (structured clone); values many pages
 * share (Maps, Sets, frozen arrays: the speaker slugs, a variant group) are sent once and dropped
 * from the worker when no page left needs them. The pages Astro checks are compared with the
 * worker's bytes, so the check covers what is written. A page the worker could not write (an
 * error, a worker that died, a page asked for out of order) is written on the main thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PageFile } from './page-file.ts';
import type {
  ThreadData,
  ThreadMessage,
  ThreadPage,
  ThreadReply,
  ThreadRoute,
} from './page-thread.ts';

const WORKER = new URL('./page-thread.ts', import.meta.url);
/** Pages sent to the worker at a time. */
const BATCH = 32;
/** Pages written ahead of Astro's requests, at most. */
const AHEAD = 1024;
/** Routes with fewer pages than this are written on the main thread (a worker takes ~1 s to start). */
export const MIN_THREAD_PAGES = 1000;

/** A page the worker wrote: its bytes and what the page manifest records of them. */
export interface ThreadWritten {
  bytes: Uint8Array;
  file: PageFile;
}

/** Whether a worker may be used: more than one core, and `CLIPPINGS_THREADS` not 1. */
export function pageThreadsAllowed(): boolean {
  const set = Number.parseInt(process.env['CLIPPINGS_THREADS'] ?? '', 10);
  const threads = Number.isFinite(set) && set > 0 ? set : availableParallelism();
  return threads > 1 && existsSync(fileURLToPath(WORKER));
}

/** Sent once, then by number: the values `digest.ts` digests once (Maps, Sets, frozen arrays). */
function sharedValue(value: unknown): value is object {
  return (
    value instanceof Map ||
    value instanceof Set ||
    (Array.isArray(value) && value.length > 0 && Object.isFrozen(value))
  );
}

/** The worker, its batches in flight, and the shared values it holds. */
export class PageThread {
  private readonly worker: Worker;
  private dead = false;
  private readonly waiting = new Map<number, ((written: ThreadWritten | null) => void)[]>();
  private batch = 0;
  /** Shared values: their number once sent, and how many pages yet to be sent need them. */
  private readonly shared = new Map<object, { id: number | undefined; left: number }>();
  private nextId = 0;

  /** A worker for a site of base path `base` (`import.meta.env.BASE_URL`). */
  constructor(base: string) {
    const data: ThreadData = { base };
    this.worker = new Worker(WORKER, { workerData: data });
    this.worker.unref();
    this.worker.on('message', (reply: ThreadReply) => {
      const resolves = this.waiting.get(reply.batch);
      this.waiting.delete(reply.batch);
      reply.pages.forEach((page, i) =>
        resolves?.[i]?.(
          'bytes' in page
            ? { bytes: page.bytes, file: { size: page.bytes.byteLength, sha1: page.sha1 } }
            : null,
        ),
      );
    });
    const fail = (): void => {
      this.dead = true;
      for (const resolves of this.waiting.values()) for (const resolve of resolves) resolve(null);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', fail);
  }

  get alive(): boolean {
    return !this.dead;
  }

  /** Tells the worker a route's page function; `props` are the props of its pages to come. */
  addRoute(route: ThreadRoute, props: Iterable<unknown>): void {
    for (const p of props)
      for (const value of Object.values(p as object))
        if (sharedValue(value)) {
          const known = this.shared.get(value);
          if (known) known.left++;
          else this.shared.set(value, { id: undefined, left: 1 });
        }
    this.post({ kind: 'route', route });
  }

  /** Sends pages of `route` to be written: a promise of each page's bytes (null: write it here). */
  write(
    route: string,
    pages: readonly { pathname: string; props: unknown }[],
  ): Promise<ThreadWritten | null>[] {
    if (this.dead) return pages.map(() => Promise.resolve(null));
    const sent: [number, unknown][] = [];
    const release: number[] = [];
    const batch: ThreadPage[] = pages.map(({ pathname, props }) => {
      const own: Record<string, unknown> = {};
      const refs: [string, number][] = [];
      for (const [key, value] of Object.entries(props as object)) {
        const known = sharedValue(value) ? this.shared.get(value) : undefined;
        if (!known) {
          own[key] = value;
          continue;
        }
        if (known.id === undefined) {
          known.id = this.nextId++;
          sent.push([known.id, value]);
        }
        refs.push([key, known.id]);
        if (--known.left === 0) {
          release.push(known.id);
          this.shared.delete(value);
        }
      }
      return [pathname, own, refs];
    });
    const id = this.batch++;
    const promises = pages.map(
      () =>
        new Promise<ThreadWritten | null>((resolve) => {
          const list = this.waiting.get(id) ?? [];
          list.push(resolve);
          this.waiting.set(id, list);
        }),
    );
    if (!this.post({ kind: 'pages', route, batch: id, shared: sent, pages: batch, release })) {
      for (const resolve of this.waiting.get(id) ?? []) resolve(null);
      this.waiting.delete(id);
    }
    return promises;
  }

  /** Posts a message; false when it cannot be sent (props that cannot be cloned, a dead worker). */
  private post(message: ThreadMessage): boolean {
    if (this.dead) return false;
    try {
      this.worker.postMessage(message);
      return true;
    } catch {
      return false;
    }
  }

  stop(): void {
    this.dead = true;
    void this.worker.terminate();
  }
}

/**
 * A route's pages written ahead: `pages` in the order Astro will ask for them (with the path
 * each will be asked at), a window of `AHEAD` pages in the worker at a time.
 */
export class RouteAhead {
  private next = 0;
  private served = 0;
  private readonly made = new Map<
    string,
    { pathname: string; page: Promise<ThreadWritten | null> }
  >();

  private readonly thread: PageThread;
  private readonly route: string;
  private readonly pages: readonly { url: string; props: unknown }[];
  /** The path a page is asked at (`Astro.url.pathname`: with the base, encoded). */
  private readonly pathOf: (url: string) => string;

  constructor(
    thread: PageThread,
    route: string,
    pages: readonly { url: string; props: unknown }[],
    pathOf: (url: string) => string,
  ) {
    this.thread = thread;
    this.route = route;
    this.pages = pages;
    this.pathOf = pathOf;
  }

  /**
   * The worker's bytes of the page at `url` asked at `pathname`, or undefined when it was not
   * sent (asked out of order, or at another path): then it is written on the main thread.
   */
  take(url: string, pathname: string): Promise<ThreadWritten | null> | undefined {
    this.served++;
    this.fill();
    const made = this.made.get(url);
    if (!made) return undefined;
    this.made.delete(url);
    return made.pathname === pathname ? made.page : undefined;
  }

  /** Sends pages until the window is full. */
  fill(): void {
    while (this.next < this.pages.length && this.next < this.served + AHEAD) {
      const batch = this.pages
        .slice(this.next, this.next + BATCH)
        .map(({ url, props }) => ({ url, props, pathname: this.pathOf(url) }));
      this.next += batch.length;
      const written = this.thread.write(this.route, batch);
      batch.forEach((p, i) => this.made.set(p.url, { pathname: p.pathname, page: written[i]! }));
    }
  }
}
