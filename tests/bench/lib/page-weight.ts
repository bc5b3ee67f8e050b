/**
 * Page weight of a built site, read from the files (no browser): for each HTML page, the
 * JavaScript it loads up front (its module scripts and everything they import statically), the
 * JavaScript it may load later (dynamic imports), its stylesheets, the web fonts those reference,
 * and its render-blocking requests (stylesheets and classic scripts in the head without
 * async/defer/media). Sizes are compressed as a server would send them: gzip (level 9) and
 * brotli, per file, summed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The limits for a page (compressed sizes are gzip). */
export const LIMITS = {
  jsGzip: 20 * 1024,
  cssGzip: 15 * 1024,
  fontBytes: 50 * 1024,
  renderBlockingStylesheets: 1,
  renderBlockingScripts: 0,
} as const;

export interface Weight {
  files: string[];
  bytes: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  page: string;
  type: string;
  html: Weight;
  js: Weight;
  lazyJs: Weight;
  css: Weight;
  fonts: { file: string; bytes: number }[];
  renderBlocking: { kind: 'stylesheet' | 'script'; url: string }[];
}

interface FileSize {
  bytes: number;
  gzip: number;
  brotli: number;
}

const sizes = new Map<string, FileSize>();

function sizeOf(file: string): FileSize {
  let size = sizes.get(file);
  if (!size) {
    const data = readFileSync(file);
    size = {
      bytes: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    };
    sizes.set(file, size);
  }
  return size;
}

function weigh(files: Iterable<string>, outDir: string): Weight {
  const list = [...new Set(files)].sort();
  const w: Weight = {
    files: list.map((f) => path.relative(outDir, f)),
    bytes: 0,
    gzip: 0,
    brotli: 0,
  };
  for (const f of list) {
    const s = sizeOf(f);
    w.bytes += s.bytes;
    w.gzip += s.gzip;
    w.brotli += s.brotli;
  }
  return w;
}

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
};

/** The type of a page: its first path segment (`index` for the home page). */
export function pageType(outDir: string, file: string): string {
  const rel = path.relative(outDir, file).split(path.sep);
  return rel.length === 1 ? rel[0]!.replace(/\.html$/, '') : rel[0]!;
}

/** Every HTML file under `outDir`. */
export function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(outDir, f))
    .sort();
}

/** Weighs one built page; `base` is the site's base path (`/` by default). */
export function weighPage(outDir: string, file: string, base = '/'): PageWeight {
  const html = readFileSync(file, 'utf8');
  const local = (url: string, from: string): string | null => {
    if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
    let p = url.split(/[?#]/)[0]!;
    if (p.startsWith('/')) {
      if (base !== '/' && p.startsWith(base)) p = p.slice(base.replace(/\/$/, '').length);
      return path.join(outDir, p);
    }
    return path.join(path.dirname(from), p);
  };
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  const js = new Set<string>();
  const lazy = new Set<string>();
  const css = new Set<string>();
  const fonts = new Map<string, number>();
  const blocking: PageWeight['renderBlocking'] = [];

  const follow = (script: string, into: Set<string>): void => {
    if (into.has(script) || js.has(script)) return;
    into.add(script);
    const code = readFileSync(script, 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+\.m?js)["']/g,
    )) {
      const dep = local(m[1]!, script);
      if (dep) follow(dep, into);
    }
    for (const m of code.matchAll(/import\(\s*["']([^"']+\.m?js)["']\s*\)/g)) {
      const dep = local(m[1]!, script);
      if (dep && !js.has(dep)) follow(dep, lazy);
    }
  };

  for (const m of html.matchAll(/<script\b[^>]*>/gi)) {
    const tag = m[0];
    const src = attr(tag, 'src');
    if (src === null) continue;
    const file2 = local(src, file);
    if (!file2) continue;
    follow(file2, js);
    const inHead = m.index < head.length;
    const isModule = attr(tag, 'type') === 'module';
    if (inHead && !isModule && attr(tag, 'async') === null && attr(tag, 'defer') === null) {
      blocking.push({ kind: 'script', url: src });
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    const target = local(href, file);
    if (rel.includes('modulepreload') && target) follow(target, js);
    if (rel.includes('stylesheet') && target) {
      css.add(target);
      const media = attr(tag, 'media');
      if (m.index < head.length && (!media || media === 'all' || media === 'screen')) {
        blocking.push({ kind: 'stylesheet', url: href });
      }
      const text = readFileSync(target, 'utf8');
      for (const u of text.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf|eot))["']?\s*\)/gi)) {
        const font = local(u[1]!, target);
        if (font) fonts.set(path.relative(outDir, font), statSync(font).size);
      }
    }
    if (rel.includes('preload') && attr(tag, 'as') === 'font' && target) {
      fonts.set(path.relative(outDir, target), statSync(target).size);
    }
  }
  for (const f of js) lazy.delete(f);
  return {
    page: `/${path.relative(outDir, file).replace(/index\.html$/, '')}`,
    type: pageType(outDir, file),
    html: weigh([file], outDir),
    js: weigh(js, outDir),
    lazyJs: weigh(lazy, outDir),
    css: weigh(css, outDir),
    fonts: [...fonts].map(([f, bytes]) => ({ file: f, bytes })),
    renderBlocking: blocking,
  };
}

export interface TypeWeight {
  type: string;
  pages: number;
  /** The heaviest page of the type in each measure. */
  jsGzip: number;
  jsBrotli: number;
  lazyJsGzip: number;
  cssGzip: number;
  cssBrotli: number;
  htmlGzip: number;
  htmlGzipMedian: number;
  largestFont: number;
  blockingStylesheets: number;
  blockingScripts: number;
  /** The page with the most JS, as an example. */
  example: string;
}

/** Weighs every page (or every `step`-th of each type) and sums up by page type. */
export function weighSite(outDir: string, base = '/', perTypeLimit = Infinity): TypeWeight[] {
  const byType = new Map<string, string[]>();
  for (const f of htmlFiles(outDir)) {
    const t = pageType(outDir, f);
    byType.set(t, [...(byType.get(t) ?? []), f]);
  }
  const out: TypeWeight[] = [];
  for (const [type, files] of byType) {
    const step = Math.max(1, Math.ceil(files.length / perTypeLimit));
    const weights = files.filter((_, i) => i % step === 0).map((f) => weighPage(outDir, f, base));
    const max = (f: (w: PageWeight) => number): number => Math.max(...weights.map(f));
    const heaviest = weights.reduce((a, b) => (b.js.gzip > a.js.gzip ? b : a));
    const htmls = weights.map((w) => w.html.gzip).sort((a, b) => a - b);
    out.push({
      type,
      pages: files.length,
      jsGzip: max((w) => w.js.gzip),
      jsBrotli: max((w) => w.js.brotli),
      lazyJsGzip: max((w) => w.lazyJs.gzip),
      cssGzip: max((w) => w.css.gzip),
      cssBrotli: max((w) => w.css.brotli),
      htmlGzip: max((w) => w.html.gzip),
      htmlGzipMedian: htmls[Math.floor(htmls.length / 2)] ?? 0,
      largestFont: max((w) => Math.max(0, ...w.fonts.map((f) => f.bytes))),
      blockingStylesheets: max(
        (w) => w.renderBlocking.filter((b) => b.kind === 'stylesheet').length,
      ),
      blockingScripts: max((w) => w.renderBlocking.filter((b) => b.kind === 'script').length),
      example: heaviest.page,
    });
  }
  return out.sort((a, b) => a.type.localeCompare(b.type));
}

/** What breaks the limits, one line each (empty when within them). */
export function overLimits(weights: readonly TypeWeight[]): string[] {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const problems: string[] = [];
  for (const w of weights) {
    if (w.jsGzip > LIMITS.jsGzip)
      problems.push(`${w.type}: ${kb(w.jsGzip)} of JS (limit ${kb(LIMITS.jsGzip)})`);
    if (w.cssGzip > LIMITS.cssGzip)
      problems.push(`${w.type}: ${kb(w.cssGzip)} of CSS (limit ${kb(LIMITS.cssGzip)})`);
    if (w.largestFont > LIMITS.fontBytes)
      problems.push(`${w.type}: a ${kb(w.largestFont)} font (limit ${kb(LIMITS.fontBytes)})`);
    if (w.blockingStylesheets > LIMITS.renderBlockingStylesheets) {
      problems.push(`${w.type}: ${w.blockingStylesheets} render-blocking stylesheets (limit 1)`);
    }
    if (w.blockingScripts > LIMITS.renderBlockingScripts) {
      problems.push(`${w.type}: ${w.blockingScripts} render-blocking scripts (limit 0)`);
    }
  }
  return problems;
}

/** The limit on one HTML page, uncompressed: index pages are cut so none is larger. */
export const HTML_PAGE_LIMIT = 300 * 1024;

/** Every HTML page of a built site with its size in bytes, largest first (from the file sizes). */
export function htmlPageSizes(outDir: string): { page: string; bytes: number }[] {
  return htmlFiles(outDir)
    .map((f) => ({
      page: `/${path.relative(outDir, f).replace(/index\.html$/, '')}`,
      bytes: statSync(f).size,
    }))
    .sort((a, b) => b.bytes - a.bytes || (a.page < b.page ? -1 : 1));
}

/** The pages over `HTML_PAGE_LIMIT`, as `"/quotes/: 7,490,112 bytes"`. */
export function htmlOverLimit(outDir: string): string[] {
  return htmlPageSizes(outDir)
    .filter((p) => p.bytes > HTML_PAGE_LIMIT)
    .map((p) => `${p.page}: ${p.bytes.toLocaleString('en')} bytes`);
}
