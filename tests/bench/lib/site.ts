/**
 * Building and serving the site for the benchmarks and the budget check, away from the checkout:
 *
 * - `makeSiteRoot(work)`: a root of its own under `work` (a copy of this checkout's sources, its
 *   node_modules linked), so that a bench build's `.astro/`, content-layer store and Vite cache
 *   never meet those of a build running in the checkout;
 * - `buildSite(...)`: `astro build` of a content folder into an output folder, run under
 *   `lib/build-runner.ts` (wall time, peak RSS, CPU time), every output line timestamped; its
 *   working folder is `work`, so the share-image cache (`node_modules/.cache/clippings-og/`,
 *   relative to the working folder) is the bench's own too;
 * - `distStats(outDir)`: pages and files by type (first path segment) and bytes;
 * - `serve(dir, bytes)`: a static file server on localhost that counts the bytes it sends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './corpus.ts';

const RUNNER = path.join(import.meta.dirname, 'build-runner.ts');
/**
 * The V8 flags `npm run build` gives Node (package.json), so that the bench builds as the site
 * does: young-generation semi-spaces of 64 MB instead of 16 cut the garbage collector's share of
 * rendering tens of thousands of pages (BENCHMARKS.md).
 */
export const BUILD_NODE_FLAGS = ['--max-semi-space-size=64'];
const NICE = '/usr/bin/nice';

/**
 * Makes `<work>/site`: this checkout's sources, with caches under `<work>/cache`. `build` options
 * are merged into the config's (to try e.g. `{ concurrency: 4 }` without touching the config).
 */
export function makeSiteRoot(work: string, build: Record<string, unknown> = {}): string {
  const site = path.join(work, 'site');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const name of ['src', 'public', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(ROOT, name), path.join(site, name), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(site, 'node_modules'));
  // The build runs in `work`, and packages are also looked up from there: a node_modules of
  // links to the checkout's packages, but with a `.cache/` of its own (the share-image cache).
  const modules = path.join(work, 'node_modules');
  if (!existsSync(modules)) {
    mkdirSync(modules);
    for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
      if (name !== '.cache')
        symlinkSync(path.join(ROOT, 'node_modules', name), path.join(modules, name));
    }
  }
  writeFileSync(
    path.join(site, 'astro.config.mjs'),
    `import base from ${JSON.stringify(path.join(ROOT, 'astro.config.mjs'))};\n` +
      `export default { ...base, cacheDir: ${JSON.stringify(path.join(work, 'cache'))}, ` +
      `build: { ...base.build, ...${JSON.stringify(build)} } };\n`,
  );
  return site;
}

export interface BuildOptions {
  /** The folder that holds `site/` (from `makeSiteRoot`); also the build's working folder. */
  work: string;
  /** The content folder (`CLIPPINGS_CONTENT`). */
  content: string;
  outDir: string;
  /** Share images (default off). */
  images?: boolean;
  /** More environment (e.g. `CLIPPINGS_SITE`). */
  env?: Record<string, string>;
  /** Run at a lower CPU priority (default true: the machine is shared). */
  nice?: boolean;
  /** Extra Node options (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  /** Prints the build's output as it comes. */
  echo?: boolean;
  /** Called with each output line as it comes, and the build's process (to stop it). */
  onLine?: (text: string, child: ChildProcess) => void;
}

export interface BuildResult {
  wallMs: number;
  /** Peak resident set size of the build process, bytes. */
  peakRss: number;
  /** CPU time (user + system), ms. */
  cpuMs: number;
  /**
   * Resident set and V8 heap used (bytes) and CPU used so far (ms, every thread), sampled every
   * 500 ms (ms since the start).
   */
  memory: { ms: number; rss: number; heap: number; cpuMs: number }[];
  /** The build's output lines, each with ms since the start. */
  lines: { ms: number; text: string }[];
  /** Astro's own count: "N page(s) built". */
  astroPages: number | null;
  /** 1-, 5- and 15-minute load averages when the build started and ended. */
  loadBefore: number[];
  loadAfter: number[];
}

/** `astro build` of `content` into `outDir`; rejects with the output's tail when it fails. */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { work, content, outDir, images = false, env = {}, nice = true, nodeArgs = [] } = options;
  const site = path.join(work, 'site');
  const usageFile = path.join(work, 'usage.json');
  rmSync(usageFile, { force: true });
  const command = [
    ...(nice && existsSync(NICE) ? [NICE, '-n', '10'] : []),
    process.execPath,
    ...BUILD_NODE_FLAGS,
    ...nodeArgs,
    RUNNER,
    site,
    outDir,
  ];
  const loadBefore = os.loadavg();
  const startedAt = Date.now();
  const t0 = performance.now();
  const lines: { ms: number; text: string }[] = [];
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: work,
      env: {
        ...process.env,
        CLIPPINGS_CONTENT: content,
        CLIPPINGS_SHARE_IMAGES: images ? 'on' : 'off',
        CLIPPINGS_BENCH_USAGE: usageFile,
        // No colours in the log, so that lines can be read.
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    const onData = (chunk: Buffer): void => {
      const ms = performance.now() - t0;
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) {
        lines.push({ ms, text });
        if (options.echo) console.log(text);
        options.onLine?.(text, child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      if (pending) lines.push({ ms: wallMs, text: pending });
      if (code !== 0) {
        const tail = lines
          .slice(-30)
          .map((l) => l.text)
          .join('\n');
        reject(new Error(`astro build exited with ${code}:\n${tail}`));
        return;
      }
      const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as {
        maxRssKb: number;
        cpuMs: number;
        memory?: Array<[number, number, number, number]>;
      };
      const built = lines.map((l) => /(\d+) page\(s\) built/.exec(l.text)).find(Boolean);
      resolve({
        wallMs,
        peakRss: usage.maxRssKb * 1024,
        cpuMs: usage.cpuMs,
        memory: (usage.memory ?? []).map(([at, rss, heap, cpuMs]) => ({
          ms: at - startedAt,
          rss,
          heap,
          cpuMs,
        })),
        lines,
        astroPages: built ? Number(built[1]) : null,
        loadBefore,
        loadAfter: os.loadavg(),
      });
    });
  });
}

export interface DistStats {
  /** HTML pages by type: the first path segment (`articles`, `quotes` …; `index` for `/`). */
  pages: Record<string, number>;
  /** Every other file by type (`og`, `search-index`, `raw`, `_astro` …). */
  files: Record<string, number>;
  totalPages: number;
  totalFiles: number;
  /** Files the build made (pages and endpoints: raw text, search index, data, feeds, images). */
  generated: number;
  bytes: number;
}

/** Counts the built pages and files by type, and their bytes. */
export function distStats(outDir: string): DistStats {
  const pages: Record<string, number> = {};
  const files: Record<string, number> = {};
  let bytes = 0;
  const walk = (dir: string, top: string | null): void => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) {
        walk(full, top ?? item.name);
        continue;
      }
      bytes += statSync(full).size;
      const type = top ?? (item.name === 'index.html' ? 'index' : item.name.replace(/\..*$/, ''));
      const into = item.name.endsWith('.html') ? pages : files;
      into[type] = (into[type] ?? 0) + 1;
    }
  };
  walk(outDir, null);
  const sum = (r: Record<string, number>): number => Object.values(r).reduce((a, b) => a + b, 0);
  // Copied, not made: the bundled assets and the files of public/.
  const copied =
    (files['_astro'] ?? 0) +
    readdirSync(path.join(ROOT, 'public'), { recursive: true, withFileTypes: true }).filter((d) =>
      d.isFile(),
    ).length;
  const totalFiles = sum(pages) + sum(files);
  return {
    pages,
    files,
    totalPages: sum(pages),
    totalFiles,
    generated: totalFiles - copied,
    bytes,
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/**
 * A static file server over `dir` on 127.0.0.1 (`port` 0: any free port) that adds the bytes it
 * sends to `bytes[prefix]` (the first path segment). Missing files get `404.html`.
 */
export function serve(
  dir: string,
  bytes: Map<string, number> = new Map(),
  port = 0,
): Promise<{ server: Server; url: string; port: number }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = path.join(dir, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
    }
    const size = statSync(file).size;
    const prefix = pathname.split('/')[1] ?? '';
    bytes.set(prefix, (bytes.get(prefix) ?? 0) + size);
    res.writeHead(status, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${bound}`, port: bound });
    }),
  );
}

/** A free TCP port on 127.0.0.1 (for a site that must know its address before it is built). */
export async function freePort(): Promise<number> {
  const { server, port } = await serve(os.tmpdir());
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Every file of a built site under `dir` with its bytes, by relative path; a sitemap as its
 * sorted addresses (reused pages are listed after the rendered ones, and a sitemap's order means
 * nothing). Two builds that should agree are compared with this.
 */
export function outputTree(dir: string): Map<string, Buffer | string[]> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) =>
    d.isFile(),
  );
  return new Map(
    files
      .map((d) => path.join(d.parentPath, d.name))
      .sort()
      .map((f) => {
        const bytes = readFileSync(f);
        const name = path.relative(dir, f);
        return [
          name,
          /^sitemap-\d+\.xml$/.test(name)
            ? [...bytes.toString('utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!).sort()
            : bytes,
        ];
      }),
  );
}
