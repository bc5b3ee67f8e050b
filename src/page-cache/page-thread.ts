/**
 * A worker thread of `page-threads.ts`: writes pages with a page function of `publish/`
 * (`quotePageHtml`, `articlePageHtml`) while Astro's main thread renders and writes the others,
 * and sends back each page's UTF-8 bytes (moved, not copied) with their SHA-1 for the page
 * manifest. Values that many pages share (the speaker slugs, a quote's variant group) arrive
 * once, by number, and are dropped when the main thread says no page left needs them.
 */
import { registerHooks } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { bytesFile } from './page-file.ts';
import type { PageHtml } from './direct-pages.ts';

/** A route's page function and what it is written against. */
export interface ThreadRoute {
  route: string;
  /** The module under `src/` that exports the page function, and its name. */
  module: string;
  name: string;
  site: string | undefined;
  base: string;
  shareImages: boolean;
  /** The build's markup of the page's slots, learnt from a page Astro rendered. */
  slots: Record<string, string>;
}

/** One page to write: its path with the base, its props, and its shared props by number. */
export type ThreadPage = [
  pathname: string,
  props: Record<string, unknown>,
  refs: [string, number][],
];

export type ThreadMessage =
  | { kind: 'route'; route: ThreadRoute }
  | {
      kind: 'pages';
      route: string;
      batch: number;
      /** Shared values sent for the first time, by number. */
      shared: [number, unknown][];
      pages: ThreadPage[];
      /** Shared values no page after this batch needs. */
      release: number[];
    };

/** Each page of a batch: its bytes and their SHA-1, or why it could not be written. */
export interface ThreadReply {
  batch: number;
  pages: ({ bytes: Uint8Array; sha1: string } | { error: string })[];
}

interface Route extends ThreadRoute {
  html: PageHtml<unknown>;
  context: Parameters<PageHtml<unknown>>[1];
}

/** What the worker is started with: the site's base path. */
export interface ThreadData {
  base: string;
}

// The site's modules read the base path as Vite gives it (`import.meta.env.BASE_URL`, replaced
// by its value when the site is bundled): here it is put in the same way as they are loaded.
const { base } = workerData as ThreadData;
const SRC = new URL('../', import.meta.url).href;
registerHooks({
  load(url, context, nextLoad) {
    const loaded = nextLoad(url, context);
    if (!url.startsWith(SRC) || loaded.source == null) return loaded;
    const text =
      typeof loaded.source === 'string'
        ? loaded.source
        : new TextDecoder().decode(loaded.source as Uint8Array);
    if (!text.includes('import.meta.env.BASE_URL')) return loaded;
    return { ...loaded, source: text.replaceAll('import.meta.env.BASE_URL', JSON.stringify(base)) };
  },
});

const routes = new Map<string, Route>();
const shared = new Map<number, unknown>();
const encoder = new TextEncoder();

async function addRoute(route: ThreadRoute): Promise<void> {
  const module = (await import(new URL(`../${route.module}`, import.meta.url).href)) as Record<
    string,
    unknown
  >;
  const html = module[route.name];
  if (typeof html !== 'function') throw new Error(`${route.module} has no ${route.name}`);
  const { site, base, shareImages } = route;
  const context = { site: site ? new URL(site) : undefined, base, shareImages };
  routes.set(route.route, { ...route, html: html as PageHtml<unknown>, context });
}

function writePage(
  route: Route,
  [pathname, props, refs]: ThreadPage,
): ThreadReply['pages'][number] {
  try {
    for (const [key, id] of refs) props[key] = shared.get(id);
    const text = route.html(
      props,
      route.context,
      route.slots as unknown as Parameters<PageHtml<unknown>>[2],
      { pathname, accessed: new Date().toISOString().slice(0, 10) },
    );
    const bytes = encoder.encode(text);
    return { bytes, sha1: bytesFile(bytes).sha1 };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

let ready: Promise<void> = Promise.resolve();

parentPort?.on('message', (message: ThreadMessage) => {
  // Messages are handled in order: a route's module is imported before its first pages.
  ready = ready.then(async () => {
    if (message.kind === 'route') {
      await addRoute(message.route).catch(() => undefined);
      return;
    }
    for (const [id, value] of message.shared) shared.set(id, value);
    const route = routes.get(message.route);
    const pages = message.pages.map((page) =>
      route ? writePage(route, page) : { error: `no page function for ${message.route}` },
    );
    for (const id of message.release) shared.delete(id);
    const reply: ThreadReply = { batch: message.batch, pages };
    parentPort?.postMessage(
      reply,
      pages.flatMap((p) =>
        'bytes' in p && p.bytes.byteOffset === 0 && p.bytes.byteLength === p.bytes.buffer.byteLength
          ? [p.bytes.buffer as ArrayBuffer]
          : [],
      ),
    );
  });
});
