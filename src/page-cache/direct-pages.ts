/**
 * Pages written by a plain function instead of Astro's renderer, for the routes with many pages
 * of one shape (quote pages: three in four pages of a large corpus; article pages). A route's
 * `getStaticPaths` hands its pages and the function to `writeDirectly`, and Astro's prerenderer
 * is wrapped (`directPrerenderer`):
 *
 * - Its `getStaticPaths` takes those pages out of the list it hands Astro and writes them itself,
 *   before Astro renders the rest of the site (when the memory held is least): first the pages
 *   to check (the first page of every shape the function names — with or without variants, a
 *   relay, a date … — and every `CHECK_EVERY`th page), rendered by Astro's renderer; the parts
 *   of the page only the build knows (the hashed scripts and stylesheets, the
 *   Content-Security-Policy: the function's "slots") are read off the first, and each is
 *   compared with the function's page. Then the others, by the function, straight to their files
 *   (`writeDirectPages`, a few writes in flight, none of Astro's per-page work: its request and
 *   response, its log line, its file checks). Each page's bytes go to `record` for the page
 *   manifest. After a difference from Astro a route's pages are rendered by Astro's renderer
 *   instead, and written the same way.
 *
 * `CLIPPINGS_DIRECT_PAGES=off` renders every page with Astro; `=check` hands every page to
 * Astro, renders each both ways and counts the differences (for tests).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import type { PageAssets, PageContext } from '../publish/layout-html.ts';
import { outputFile } from './digest.ts';
import { PAGE_ASSET_SLOTS } from '../publish/quote-page-html.ts';
import { shareImagesEnabled } from '../publish/share.ts';

/** How a route's pages are written without Astro. */
export interface DirectWriter<P> {
  /** Names of the parts of a page that come from the build, learnt from Astro's rendering. */
  slots: readonly string[];
  /** The page of `props`, with the slots' markup as given, at `pathname` (`Astro.url.pathname`). */
  write: (props: P, slots: Readonly<Record<string, string>>, pathname: string) => string;
  /** What kind of page it is: the first page of each shape is checked against Astro. */
  shape: (props: P) => string;
}

/** One page in waiting: its props and its route's writer. */
interface Waiting {
  props: unknown;
  route: RouteState;
}

interface RouteState {
  route: string;
  writer: DirectWriter<unknown>;
  /** The slots, once learnt from a page Astro rendered. */
  slots?: Record<string, string>;
  /** False after a difference from Astro: the rest is Astro's. */
  on: boolean;
  shapes: Set<string>;
  /** Pages listed so far and the shapes among them handed to Astro (to check). */
  listed?: number;
  queued?: Set<string>;
  /** Pages asked for, written and checked, and checks that found a difference. */
  seen: number;
  written: number;
  checked: number;
  differences: number;
}

/** Every `CHECK_EVERY`th page of a route is compared with Astro's rendering too. */
const CHECK_EVERY = 1000;

interface Registry {
  pages: Map<string, Waiting>;
  routes: Map<string, RouteState>;
  /** The paths (as Astro lists them) of the pages written outside Astro's loop. */
  written: string[];
}

// Routes run in the prerender bundle, a module graph of its own: shared through globalThis.
const KEY = Symbol.for('clippings.page-cache.direct');
const shared = globalThis as { [KEY]?: Registry };

function registry(): Registry {
  return (shared[KEY] ??= { pages: new Map(), routes: new Map(), written: [] });
}

/** `CLIPPINGS_DIRECT_PAGES`: `off`, `check` (every page both ways), or on (the default). */
export function directPagesMode(
  value = process.env['CLIPPINGS_DIRECT_PAGES'],
): 'on' | 'off' | 'check' {
  const v = (value ?? '').trim().toLowerCase();
  if (['off', '0', 'false', 'no'].includes(v)) return 'off';
  return v === 'check' ? 'check' : 'on';
}

/**
 * In a route's `getStaticPaths`: its pages (`url` of each, as `routeUrl` gives it) are to be
 * written by `writer`. Returns nothing; the paths go to Astro as before.
 */
export function writeDirectly<P>(
  route: string,
  pages: Iterable<{ url: string; props: P }>,
  writer: DirectWriter<P>,
): void {
  if (directPagesMode() === 'off') return;
  const { pages: waiting, routes } = registry();
  let state = routes.get(route);
  if (!state) {
    state = {
      route,
      writer: writer as DirectWriter<unknown>,
      on: true,
      shapes: new Set(),
      seen: 0,
      written: 0,
      checked: 0,
      differences: 0,
    };
    routes.set(route, state);
  }
  for (const { url, props } of pages) waiting.set(url, { props, route: state });
}

/** A page function of `publish/` (`quotePageHtml`, `articlePageHtml`). */
export type PageHtml<P> = (
  props: P,
  context: PageContext,
  assets: PageAssets,
  page: { pathname: string; accessed: string },
) => string;

/**
 * In a route's `getStaticPaths`: its pages (`url` of each, without the base) are written by
 * `html`, a function of `publish/` giving the route's template byte for byte, with the layout's
 * assets as slots, against the site's address and base as the page has them
 * (`import.meta.env.SITE`, `import.meta.env.BASE_URL`). Cited as accessed on the day each page
 * is written, as the template does.
 */
export function writePagesDirectly<P>(
  route: string,
  pages: Iterable<{ url: string; props: P }>,
  {
    html,
    shape,
    site,
    base,
  }: { html: PageHtml<P>; shape: (props: P) => string; site: string | undefined; base: string },
): void {
  const context: PageContext = {
    site: site ? new URL(site) : undefined,
    base,
    shareImages: shareImagesEnabled(process.env['CLIPPINGS_SHARE_IMAGES']),
  };
  writeDirectly(route, pages, {
    slots: PAGE_ASSET_SLOTS,
    write: (props, assets, pathname) =>
      html(props, context, assets as unknown as PageAssets, {
        pathname,
        accessed: new Date().toISOString().slice(0, 10),
      }),
    shape,
  });
}

/** Forgets the last build's pages (at the start of a build). */
export function resetDirectPages(): void {
  shared[KEY] = { pages: new Map(), routes: new Map(), written: [] };
}

/**
 * The paths of the pages written outside Astro's loop (`/quotes/x/`, without the base): Astro
 * does not count them among its pages, so the sitemap is given them as the page cache's reused
 * pages.
 */
export function pagesWrittenDirectly(): readonly string[] {
  return registry().written;
}

/** What the build wrote directly and checked, route by route, for its log. */
export function directPagesSummary(): string[] {
  return [...registry().routes.values()].map(
    (r) =>
      `${r.route}: ${r.written} pages written directly, ${r.checked} checked against Astro's rendering` +
      (r.differences > 0 ? `, ${r.differences} differed` : ''),
  );
}

/**
 * The slots' markup: `actual` is `template` (the page written with a marker in each slot) with
 * each marker replaced by the slot's markup. In the order of `markers`; null when `actual` is not
 * of that form.
 */
export function learnSlots(
  template: string,
  markers: readonly string[],
  actual: string,
): string[] | null {
  const positions = markers.map((m) => template.indexOf(m));
  if (positions.some((at, i) => at < 0 || template.indexOf(markers[i]!, at + 1) >= 0)) return null;
  const order = markers.map((_, i) => i).sort((a, b) => positions[a]! - positions[b]!);
  const pieces: string[] = [];
  let from = 0;
  for (const i of order) {
    pieces.push(template.slice(from, positions[i]));
    from = positions[i]! + markers[i]!.length;
  }
  pieces.push(template.slice(from));
  if (!actual.startsWith(pieces[0]!)) return null;
  let at = pieces[0]!.length;
  const slots: string[] = [];
  for (const [k, piece] of pieces.slice(1).entries()) {
    const last = k === pieces.length - 2;
    const next = last ? actual.length - piece.length : actual.indexOf(piece, at);
    if (next < at || (last && !actual.endsWith(piece))) return null;
    slots[order[k]!] = actual.slice(at, next);
    at = next + piece.length;
  }
  return slots;
}

/** Where two texts first differ, with a little of each around it (for the build's warning). */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const around = (s: string): string => JSON.stringify(s.slice(Math.max(0, i - 40), i + 40));
  return `at character ${i}: Astro ${around(a)}, written ${around(b)}`;
}

/** Where a page's bytes go once written (the page cache's record of the files it made). */
export type RecordPage = (file: string, bytes: Uint8Array) => void;

/** A page held back from Astro: its path as Astro lists it, its route and its props. */
interface Held {
  pathname: string;
  routeData: Parameters<AstroPrerenderer['render']>[1]['routeData'];
  page: Waiting;
}

/** Pages written at once: their files are written while the next pages are made. */
const IN_FLIGHT = 16;

/**
 * Astro's prerenderer with the pages handed to `writeDirectly` taken out of Astro's hands and
 * written before the rest of the site, as said above. `outDir` is the output folder; `record` is
 * given each page written so (the pages Astro renders reach the page cache through its own
 * wrapper). Without `outDir`, every page goes through Astro's loop, answered by the function
 * once checked.
 */
export function directPrerenderer(
  prerenderer: AstroPrerenderer,
  base: string,
  logger: AstroIntegrationLogger,
  { outDir, record }: { outDir?: string | undefined; record?: RecordPage | undefined } = {},
): AstroPrerenderer {
  const check = directPagesMode() === 'check';
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const wrapped: AstroPrerenderer = {
    ...prerenderer,
    async getStaticPaths() {
      const paths = await prerenderer.getStaticPaths();
      if (check || outDir === undefined) return paths;
      const { pages } = registry();
      const astro: typeof paths = [];
      const checks: Held[] = [];
      const held: Held[] = [];
      for (const entry of paths) {
        const page = pages.get(entry.pathname);
        if (!page || !page.route.on) {
          astro.push(entry);
          continue;
        }
        const state = page.route;
        const shape = state.writer.shape(page.props);
        state.listed = (state.listed ?? 0) + 1;
        const item = { pathname: entry.pathname, routeData: entry.route, page };
        if (!(state.queued ??= new Set()).has(shape) || state.listed % CHECK_EVERY === 0) {
          state.queued.add(shape);
          checks.push(item);
        } else held.push(item);
      }
      if (checks.length > 0) {
        const started = performance.now();
        await writeDirectPages(checks, held, { render: wrapped.render, prefix, outDir, record });
        logger.info(
          `${(checks.length + held.length).toLocaleString('en-GB')} pages written without ` +
            `Astro's renderer in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      }
      return astro;
    },
    async render(request, options) {
      const { pathname } = new URL(request.url);
      const decoded = decodeURI(pathname);
      const url = decoded.startsWith(prefix) ? decoded.slice(prefix.length) : null;
      const { pages } = registry();
      const page = url === null ? undefined : pages.get(url);
      if (!page || !page.route.on) return prerenderer.render(request, options);
      pages.delete(url!);
      const state = page.route;
      const { writer } = state;
      const shape = writer.shape(page.props);
      state.seen++;
      if (
        outDir === undefined &&
        state.slots &&
        !check &&
        state.shapes.has(shape) &&
        state.seen % CHECK_EVERY !== 0
      ) {
        state.written++;
        return new Response(writer.write(page.props, state.slots, pathname), {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
        });
      }
      const result = await prerenderer.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (response.status !== 200) return result;
      // A byte order mark at the start (raw text) is kept, as the file keeps it.
      const astro = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
        await response.clone().arrayBuffer(),
      );
      if (!state.slots) {
        const markers = writer.slots.map((name) => `\u0000${name}\u0000`);
        const learnt = learnSlots(
          writer.write(
            page.props,
            Object.fromEntries(writer.slots.map((s, i) => [s, markers[i]!])),
            pathname,
          ),
          markers,
          astro,
        );
        if (learnt) state.slots = Object.fromEntries(writer.slots.map((s, i) => [s, learnt[i]!]));
      }
      const written = state.slots ? writer.write(page.props, state.slots, pathname) : null;
      state.checked++;
      if (written === astro) state.shapes.add(shape);
      else {
        state.differences++;
        if (state.differences <= 3)
          logger.warn(
            `${url} written without Astro differs from Astro's rendering ` +
              (written === null
                ? '(its layout could not be matched)'
                : firstDifference(astro, written)) +
              (check ? '' : `: the rest of ${state.route} is rendered by Astro`),
          );
        if (!check) state.on = false;
      }
      return result;
    },
  };
  return wrapped;
}

/** The address Astro gives a listed page (`Astro.url`): under the base, percent-encoded. */
function pageUrl({ pathname, routeData }: Held, prefix: string): URL {
  // A slash at the end, but for a file's (`/raw/x.txt`).
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  const slash = routeData.type === 'endpoint' && /\.\w+$/.test(trimmed) ? '' : '/';
  return new URL(`${prefix}/${trimmed}${slash}`, 'http://localhost');
}

/**
 * Writes the pages taken from Astro's list straight to their files, as Astro would
 * (`<outDir>/<path>/index.html`), `IN_FLIGHT` files at a time: first the pages to check, each
 * rendered by Astro through `render` (which learns the slots and compares), then the others,
 * each by its route's function — or, when its route differed from Astro, by Astro's renderer.
 */
async function writeDirectPages(
  checks: readonly Held[],
  held: readonly Held[],
  {
    render,
    prefix,
    outDir,
    record,
  }: {
    render: AstroPrerenderer['render'];
    prefix: string;
    outDir: string;
    record: RecordPage | undefined;
  },
): Promise<void> {
  const { pages, written } = registry();
  const writing = new Set<Promise<void>>();
  const write = async (item: Held, url: URL, bytes: Uint8Array): Promise<void> => {
    const file = outputFile(url.pathname.slice(prefix.length));
    written.push(item.pathname);
    record?.(file, bytes);
    const target = path.join(outDir, file);
    const done = mkdir(path.dirname(target), { recursive: true })
      .then(() => writeFile(target, bytes))
      .finally(() => writing.delete(done));
    writing.add(done);
    if (writing.size >= IN_FLIGHT) await Promise.race(writing);
  };
  const rendered = async (item: Held, url: URL): Promise<Uint8Array | null> => {
    const result = await render(new Request(url), { routeData: item.routeData });
    const response = result instanceof Response ? result : result.response;
    if (response.status !== 200 || response.body === null) return null;
    return new Uint8Array(await response.arrayBuffer());
  };
  for (const item of checks) {
    const url = pageUrl(item, prefix);
    const bytes = await rendered(item, url);
    if (bytes) await write(item, url, bytes);
  }
  for (const item of held) {
    pages.delete(item.pathname);
    const state = item.page.route;
    const url = pageUrl(item, prefix);
    let bytes: Uint8Array | null;
    if (state.on && state.slots) {
      bytes = Buffer.from(state.writer.write(item.page.props, state.slots, url.pathname));
      state.written++;
    } else bytes = await rendered(item, url);
    if (bytes) await write(item, url, bytes);
  }
  await Promise.all(writing);
}
