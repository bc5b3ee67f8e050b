/**
 * `npm run bench:file-writes -- [pages] [KB]`
 *
 * What the file system charges for the files of a built site, apart from any page's making: in a
 * temporary folder beside the bench's builds, `pages` (default 10,000) page folders made one by
 * one (`quotes/<id>/`, as Astro's `build.format: 'directory'` lays pages out), a new file of
 * `KB` (default 20, a quote page's size) written into each, the same files written again, and as
 * many small new files in one folder. Prints wall, user and system CPU per file: the system CPU
 * is what the render phase pays for every page whoever writes it (the page cache's rebuild
 * overwrites, a cold build creates).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [pages = 10_000, kb = 20] = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
const root = mkdtempSync(path.join(tmpdir(), 'clippings-bench-file-writes-'));
const folder = (i: number): string => path.join(root, 'quotes', `q${i}`);
const body = Buffer.alloc(kb * 1000, 'a');
const small = Buffer.alloc(1000, 'a');

function measure(label: string, step: () => void): void {
  const cpu = process.cpuUsage();
  const from = performance.now();
  step();
  const { user, system } = process.cpuUsage(cpu);
  const per = (us: number): string => `${(us / 1000 / pages).toFixed(3)} ms`;
  process.stdout.write(
    `${label.padEnd(34)} wall ${per((performance.now() - from) * 1000)}, ` +
      `user ${per(user)}, system ${per(system)} a file\n`,
  );
}

try {
  mkdirSync(path.join(root, 'quotes'), { recursive: true });
  process.stdout.write(`${pages} pages of ${kb} KB in ${root}\n`);
  measure('page folders made', () => {
    for (let i = 0; i < pages; i++) mkdirSync(folder(i));
  });
  measure(`new ${kb} KB files, one a folder`, () => {
    for (let i = 0; i < pages; i++) writeFileSync(path.join(folder(i), 'index.html'), body);
  });
  measure(`the same files written again`, () => {
    for (let i = 0; i < pages; i++) writeFileSync(path.join(folder(i), 'index.html'), body);
  });
  measure('new 1 KB files in one folder', () => {
    for (let i = 0; i < pages; i++) writeFileSync(path.join(root, `f${i}.txt`), small);
  });
} finally {
  rmSync(root, { recursive: true, force: true });
}
