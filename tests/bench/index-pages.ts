/**
 * `npm run bench:index-pages -- <dist folder> [runs]`: in headless Chromium (/usr/bin/chromium),
 * for the first page of each index (`/quotes/`, `/speakers/`, `/entities/`, `/report/`), the
 * HTML size, the load time (navigation start to the load event, median of `runs`, default 3)
 * and the number of DOM nodes; then how long the speaker finder takes from a typed name to its
 * options on screen (the shard fetch included, first time and warm). Build the site first
 * (`CLIPPINGS_CONTENT=… npm run build`). Timings on a shared machine are noisy.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from './lib/site.ts';

const [dir = 'dist', runsArg = '3'] = process.argv.slice(2);
const runs = Number(runsArg);
const root = path.resolve(dir);
const { server, url } = await serve(root);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  console.log('page          HTML        load (median)  DOM nodes');
  for (const list of ['quotes', 'speakers', 'entities', 'report']) {
    const times: number[] = [];
    let nodes = 0;
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(`${url}/${list}/`, { waitUntil: 'load' });
      times.push(
        await page.evaluate(() => {
          const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          return nav ? nav.loadEventEnd - nav.startTime : NaN;
        }),
      );
      nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      await page.close();
    }
    const bytes = statSync(path.join(root, list, 'index.html')).size;
    console.log(
      `/${list}/`.padEnd(14) +
        `${(bytes / 1024).toFixed(1)} KB`.padEnd(12) +
        `${median(times).toFixed(0)} ms`.padEnd(15) +
        nodes.toLocaleString('en'),
    );
  }

  const page = await browser.newPage();
  await page.goto(`${url}/quotes/`, { waitUntil: 'load' });
  const finder = page.getByRole('combobox', { name: 'Find a speaker' });
  for (const [label, name] of [
    ['first (fetches the shard)', 'blair'],
    ['warm (same shard)', 'brown'],
  ] as const) {
    await finder.fill('');
    const start = Date.now();
    await finder.pressSequentially(name, { delay: 0 });
    await page.getByRole('option').first().waitFor();
    console.log(`speaker finder, ${label}: ${Date.now() - start} ms to options for "${name}"`);
  }
  await page.close();
} finally {
  await browser.close();
  server.close();
}
