/**
 * Runs `astro build` in this process and then writes its resource use as JSON to the file named
 * by `CLIPPINGS_BENCH_USAGE` (peak RSS and CPU time, from `process.resourceUsage()`, and the
 * resident set, V8 heap and CPU time used so far sampled every half second, to tell the phases'
 * memory and CPU apart), so that
 * `buildSite` needs no `/usr/bin/time`:
 *
 *   node tests/bench/lib/build-runner.ts <root> <outDir>
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) {
  process.stderr.write('usage: node tests/bench/lib/build-runner.ts <root> <outDir>\n');
  process.exit(2);
}
/**
 * [epoch ms, RSS bytes, V8 heap used bytes, CPU ms used so far by the process (every thread,
 * user + system)], every 500 ms.
 */
const memory: Array<[number, number, number, number]> = [];
const sample = (): void => {
  const { rss, heapUsed } = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  memory.push([Date.now(), rss, heapUsed, (user + system) / 1000]);
};
const sampler = setInterval(sample, 500);
sampler.unref();

/**
 * Astro's log on standard output, gathered and written every 100 ms. The bench reads Astro's own
 * log (this runner calls `build()`, so the quiet log of `npm run build` is not used), a line per
 * page in two writes each; written as they came, into a pipe, they cost the build two system
 * calls a page (7% of the quote pages' render at 10,000 files), which `npm run build`, whose log
 * drops those lines, never pays. The bench times each line when it arrives: 100 ms late at most.
 */
const pending: string[] = [];
const writeOut = process.stdout.write.bind(process.stdout);
const flush = (): void => {
  if (pending.length === 0) return;
  writeOut(pending.join(''));
  pending.length = 0;
};
process.stdout.write = ((chunk: string | Uint8Array): boolean => {
  pending.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  return true;
}) as typeof process.stdout.write;
const flusher = setInterval(flush, 100);
flusher.unref();
/** Back to writing at once: what is written on exit (the build lock's last line) must not wait. */
const writeNow = (): void => {
  clearInterval(flusher);
  flush();
  process.stdout.write = writeOut;
};
try {
  await build({ root: path.resolve(root), outDir: path.resolve(outDir) });
} catch (error) {
  writeNow();
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
writeNow();
clearInterval(sampler);
sample();
const usage = process.resourceUsage();
const file = process.env['CLIPPINGS_BENCH_USAGE'];
if (file) {
  writeFileSync(
    file,
    JSON.stringify({
      maxRssKb: usage.maxRSS,
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      memory,
    }),
  );
}
