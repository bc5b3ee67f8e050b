/**
 * Pages written by a plain function instead of Astro's renderer, for the routes with many pages
 * of one shape (the quote pages: three in four pages of a large corpus). A route's
 * `getStaticPaths` hands its pages and the function to `writeDirectly`; Astro's prerenderer is
 * wrapped (`directPrerenderer`) so that a request for such a page is answered with the function's
 * HTML, and Astro writes it like any page (the page cache records it as usual).
 *
 * The function must give the HTML Astro gives, and the build checks that it does: Astro renders
 * the route's first page, and the parts of the page that only the build knows (the hashed
 * scripts and stylesheets, the Content-Security-Policy: the function's "slots") are read off it;
 * then Astro renders again, and the two are compared, the first page of every shape the
 * function names (with or without variants, a relay, a date …) and every `CHECK_EVERY`th page.
 * On the first difference the build says so and Astro renders the rest of the route.
 * `CLIPPINGS_DIRECT_PAGES=off` renders every page with Astro; `=check` renders every page both
 * ways and counts the differences (for tests).
 */
import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import type { PageAssets, PageContext } from '../publish/layout-html.ts';
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
}

// Routes run in the prerender bundle, a module graph of its own: shared through globalThis.
const KEY = Symbol.for('clippings.page-cache.direct');
const shared = globalThis as { [KEY]?: Registry };

function registry(): Registry {
  return (shared[KEY] ??= { pages: new Map(), routes: new Map() });
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
  shared[KEY] = { pages: new Map(), routes: new Map() };
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

/**
 * Astro's prerenderer, answering the pages handed to `writeDirectly` with their writer's HTML
 * once the route's slots are known, and checking the writer against Astro as said above.
 */
export function directPrerenderer(
  prerenderer: AstroPrerenderer,
  base: string,
  logger: AstroIntegrationLogger,
): AstroPrerenderer {
  const check = directPagesMode() === 'check';
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return {
    ...prerenderer,
    async render(request, options) {
      const { pathname } = new URL(request.url);
      const path = decodeURI(pathname);
      const url = path.startsWith(prefix) ? path.slice(prefix.length) : null;
      const { pages } = registry();
      const page = url === null ? undefined : pages.get(url);
      if (!page || !page.route.on) return prerenderer.render(request, options);
      pages.delete(url!);
      const state = page.route;
      const { writer } = state;
      const shape = writer.shape(page.props);
      state.seen++;
      if (state.slots && !check && state.shapes.has(shape) && state.seen % CHECK_EVERY !== 0) {
        state.written++;
        return new Response(writer.write(page.props, state.slots, pathname), {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
        });
      }
      const result = await prerenderer.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (response.status !== 200) return result;
      const astro = await response.clone().text();
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
}
