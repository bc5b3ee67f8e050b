/**
 * `npm run bench:largest-pages -- <dist folder> [n]`: the n (default 15) largest HTML pages of a
 * built site, the number of HTML files, and those over the 300 KB limit (issue 18). Reads file
 * sizes only; build the site first (`CLIPPINGS_CONTENT=… npm run build`).
 */
import { HTML_PAGE_LIMIT, htmlPageSizes } from './lib/page-weight.ts';

const [dir = 'dist', n = '15'] = process.argv.slice(2);
const pages = htmlPageSizes(dir);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${pages.length.toLocaleString('en')} HTML pages in ${dir}`);
for (const p of pages.slice(0, Number(n))) console.log(`${kb(p.bytes).padStart(10)}  ${p.page}`);
const over = pages.filter((p) => p.bytes > HTML_PAGE_LIMIT);
console.log(over.length === 0 ? 'none over 300 KB' : `${over.length} over 300 KB`);
process.exitCode = over.length === 0 ? 0 : 1;
