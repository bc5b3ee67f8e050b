/**
 * `npm run bench:index-pages -- <dist folder> [runs]`: in headless Chromium (/usr/bin/chromium),
 * for the first page of each index (`/quotes/`, `/speakers/`, `/entities/`, `/report/`), the
 * HTML size, the load time (navigation start to the load event, median of `runs`, default 3)
 * and the number of DOM nodes; then how long the speaker finder takes from a typed name to its
 * options on screen (the shard fetch included, first time and warm), and its **response** to
 * each keystroke: from the `input` event to the options of the new text in the DOM, timed inside
 * the page (no Playwright round trip), for every prefix of a few names (the first letter fetches
 * the shard; median and worst of the rest, target ≤ 100 ms). Build the site first
 * (`CLIPPINGS_CONTENT=… npm run build`). Timings on a shared machine are noisy.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
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

/**
 * Ms from setting the finder's text to `value` (an `input` event, as a keystroke makes) to its
 * options list changing, measured in the page.
 */
function keystrokeResponse(page: Page, value: string): Promise<number> {
  return page.evaluate(
    (value) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('[data-name-finder-input]');
        const status = document.querySelector<HTMLElement>('[data-name-finder-status]');
        if (!input || !status) return reject(new Error('no name finder on the page'));
        status.textContent = '';
        const start = performance.now();
        const seen = new MutationObserver(() => {
          seen.disconnect();
          // The options are in the DOM; wait for the frame that paints them.
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        seen.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    value,
  );
}

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
  console.log(`speaker filter, response per keystroke (in the page):`);
  const all: number[] = [];
  for (const name of ['blair', 'gordon brown', 'kilroy-silk', 'howard', 'a bbc spokesman']) {
    const times: number[] = [];
    for (let i = 1; i <= name.length; i++)
      times.push(await keystrokeResponse(page, name.slice(0, i)));
    const [first, ...rest] = times;
    all.push(...rest);
    console.log(
      `  "${name}": first letter ${first!.toFixed(0)} ms (shard), then median ` +
        `${median(rest).toFixed(1)} ms, worst ${Math.max(...rest).toFixed(1)} ms`,
    );
  }
  console.log(
    `  all ${all.length} keystrokes after the first: median ${median(all).toFixed(1)} ms, ` +
      `worst ${Math.max(...all).toFixed(1)} ms (target ≤ 100 ms)`,
  );
  await page.close();
} finally {
  await browser.close();
  server.close();
}
