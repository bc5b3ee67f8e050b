// @ts-check
import nodeLog from 'astro/logger/node';

/**
 * The build's console output (an Astro 7 logger, `logger.entrypoint` in astro.config.mjs): one
 * line per phase instead of one per page.
 *
 * - Warnings and errors always reach standard error, whoever logs them.
 * - Information lines of Clippings' own integrations and loaders (labels `clippings…`) are
 *   printed: they are the phase lines, with counts and times.
 * - Astro's own information lines (a line per page written, bundler chatter, its page count,
 *   which leaves out data files and reused pages) are dropped; on a terminal the pages written
 *   so far show on one live progress line instead.
 * - `verbose: true` (`CLIPPINGS_VERBOSE=1`) is Astro's own logger: everything, a line per page.
 *
 * Plain JavaScript: Astro loads a logger entrypoint with `import()`, before any TypeScript
 * support.
 */

/** @typedef {{ label: string | null, level: string, message: string, newLine: boolean }} LogEvent */

/** Astro's per-page lines: `  ├─ /articles/x/index.html`, then its timing on the same line. */
const PAGE_LINE = /^\s*\S*[├└]─/u;
// eslint-disable-next-line no-control-regex
const COLOURS = /\u001b\[[0-9;]*m/gu;

/**
 * Whether an event is one of Astro's per-page lines (colour codes removed first).
 * @param {LogEvent} event
 */
export function isPageLine(event) {
  return event.label === null && PAGE_LINE.test(event.message.replace(COLOURS, ''));
}

/**
 * What the quiet log does with an event: print it to `stdout` or `stderr`, count it as a page,
 * or drop it.
 * @param {LogEvent} event
 * @returns {'stdout' | 'stderr' | 'page' | 'drop'}
 */
export function route(event) {
  if (event.level === 'error' || event.level === 'warn') return 'stderr';
  if (event.level !== 'info') return 'drop';
  if (event.label?.startsWith('clippings')) return 'stdout';
  return isPageLine(event) ? 'page' : 'drop';
}

/** @param {LogEvent} event */
function formatted(event) {
  const time = new Date().toTimeString().slice(0, 8);
  const level = event.level === 'warn' ? ' [WARN]' : event.level === 'error' ? ' [ERROR]' : '';
  return `${time}${level}${event.label ? ` [${event.label}]` : ''} ${event.message}`;
}

/**
 * The logger: Astro's own when verbose, else the quiet one described above.
 * @param {{ verbose?: boolean }} [config]
 * @returns {{ write: (event: LogEvent) => void }}
 */
export default function buildLog(config = {}) {
  if (config.verbose === true) return nodeLog({ level: 'info' });
  const live = process.stdout.isTTY === true;
  let pages = 0;
  let started = 0;
  let shownAt = 0;
  let progressShown = false;
  return {
    write(event) {
      const where = route(event);
      if (where === 'drop') return;
      if (where === 'page') {
        pages++;
        const now = Date.now();
        started ||= now;
        if (live && now - shownAt > 200) {
          shownAt = now;
          const seconds = Math.round((now - started) / 1000);
          process.stdout.write(
            `\r\u001b[K[clippings] writing the site: ${pages} files so far, ${seconds} s`,
          );
          progressShown = true;
        }
        return;
      }
      if (progressShown) process.stdout.write('\r\u001b[K');
      progressShown = false;
      (where === 'stderr' ? process.stderr : process.stdout).write(`${formatted(event)}\n`);
    },
  };
}
