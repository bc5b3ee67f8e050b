/**
 * `npm run bench:linking-build [-- --runs 2]` — what corpus-wide linking (entities, stories,
 * rewrites, related articles) adds to the whole build of the BBC corpus (../shared/data/bbc).
 *
 * Builds the site from the BBC folder with linking on and with `CLIPPINGS_LINKING=off`,
 * alternating (on, off, on, off …) so that a change in the machine's load falls on both alike,
 * each into a fresh output folder with the parse cache off. Prints wall and CPU time, pages and
 * the added share (median of the runs) and writes `bench-results/linking-build-latest.json`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BBC, hasBbc } from './lib/corpus.ts';
import { count, describeMachine, machine, saveResult, seconds, table } from './lib/report.ts';
import { buildSite, distStats, makeSiteRoot } from './lib/site.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const RUNS = at >= 0 ? Number(args[at + 1]) : 2;

interface Run {
  linking: boolean;
  wallMs: number;
  cpuMs: number;
  pages: number;
  pagesByType: Record<string, number>;
  load: number[];
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

if (!hasBbc()) {
  console.error(`bench:linking-build needs the BBC corpus at ${BBC}`);
  process.exit(2);
}
const work = mkdtempSync(path.join(tmpdir(), 'clippings-bench-linking-'));
const runs: Run[] = [];
try {
  makeSiteRoot(work);
  for (let i = 0; i < RUNS; i++) {
    for (const linking of [true, false]) {
      const outDir = path.join(work, `dist-${i}-${linking ? 'on' : 'off'}`);
      console.error(`build ${i + 1}/${RUNS}, linking ${linking ? 'on' : 'off'} …`);
      const result = await buildSite({
        work,
        content: BBC,
        outDir,
        env: { CLIPPINGS_CACHE: 'off', CLIPPINGS_LINKING: linking ? 'on' : 'off' },
      });
      const dist = distStats(outDir);
      rmSync(outDir, { recursive: true, force: true });
      runs.push({
        linking,
        wallMs: Math.round(result.wallMs),
        cpuMs: Math.round(result.cpuMs),
        pages: dist.totalPages,
        pagesByType: dist.pages,
        load: result.loadBefore.map((v) => Math.round(v * 10) / 10),
      });
      console.error(`  ${seconds(result.wallMs)} wall, ${seconds(result.cpuMs)} CPU`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const on = runs.filter((r) => r.linking);
const off = runs.filter((r) => !r.linking);
const summary = (rs: Run[]): { wallMs: number; cpuMs: number; pages: number } => ({
  wallMs: median(rs.map((r) => r.wallMs)),
  cpuMs: median(rs.map((r) => r.cpuMs)),
  pages: rs[0]!.pages,
});
const withLinking = summary(on);
const without = summary(off);
const added = {
  wall: withLinking.wallMs / without.wallMs - 1,
  cpu: withLinking.cpuMs / without.cpuMs - 1,
};
const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
const where = machine();
console.log(`\nLinking's share of the BBC build (${describeMachine(where)}; median of ${RUNS})\n`);
console.log(
  table(
    ['Linking', 'Pages', 'Wall', 'CPU', 'Loads at start'],
    [
      [
        'on',
        count(withLinking.pages),
        seconds(withLinking.wallMs),
        seconds(withLinking.cpuMs),
        on.map((r) => r.load[0]).join(', '),
      ],
      [
        'off',
        count(without.pages),
        seconds(without.wallMs),
        seconds(without.cpuMs),
        off.map((r) => r.load[0]).join(', '),
      ],
      ['added', count(withLinking.pages - without.pages), pct(added.wall), pct(added.cpu), ''],
    ],
  ),
);
const types = Object.keys(on[0]!.pagesByType).sort();
console.log(
  `\nPages added: ${types
    .map((t) => [t, (on[0]!.pagesByType[t] ?? 0) - (off[0]!.pagesByType[t] ?? 0)] as const)
    .filter(([, n]) => n !== 0)
    .map(([t, n]) => `${t} ${count(n)}`)
    .join(', ')}`,
);
const file = saveResult('linking-build', { machine: where, runs, withLinking, without, added });
console.log(`\nSaved ${path.relative(process.cwd(), file)}`);
