/**
 * The build's console output (`src/lib/build-log.mjs`): which of the events Astro 7 and Clippings
 * log reach the terminal. The events are as Astro 7.3 sent them while building 95 BBC articles.
 */
import { describe, expect, it } from 'vitest';
import { route, type LogEvent } from '../../../src/lib/build-log.mjs';

const event = (label: string | null, level: string, message: string): LogEvent => ({
  label,
  level,
  message,
  newLine: true,
});

describe('route', () => {
  it.each([
    // A page written, in Astro's colours, and the timing it adds on the same line.
    [
      event(
        null,
        'info',
        '  \u001b[34m├─\u001b[39m \u001b[2m/articles/business/001/index.html\u001b[22m',
      ),
      'page',
    ],
    [event(null, 'info', '  └─ /raw/tech/004.txt'), 'page'],
    [event('SKIP_FORMAT', 'info', ' (+83ms) '), 'drop'],
    // Astro's own phase lines and its page count (HTML pages only, reused ones left out).
    [event('build', 'info', '760 page(s) built in 44.67s'), 'drop'],
    [event('content', 'info', 'Syncing content'), 'drop'],
    [event(null, 'info', ' generating static routes '), 'drop'],
    [event('vite', 'info', '✓ built in 3.90s'), 'drop'],
    [event('build', 'debug', 'Collecting build info...'), 'drop'],
    // Clippings' phase lines, and every warning or error, whoever logs it.
    [
      event(
        'clippings-articles',
        'info',
        '95 articles from 95 of 95 files in /tmp/bbc, read and linked in 1.3 s',
      ),
      'stdout',
    ],
    [event('clippings:page-cache', 'info', '760 pages and 361 other files'), 'stdout'],
    [
      event('clippings:site-address', 'warn', 'CLIPPINGS_SITE is not set, so shared links break'),
      'stderr',
    ],
    [
      event('clippings-articles', 'warn', 'sport-199.txt: not valid UTF-8; read as Windows-1252'),
      'stderr',
    ],
    [event('vite', 'warn', 'Some chunks are larger than 500 kB after minification.'), 'stderr'],
    [
      event(null, 'error', 'ClippingsBuildError: no article could be read from /tmp/empty'),
      'stderr',
    ],
  ])('%o goes to %s', (e, where) => {
    expect(route(e)).toBe(where);
  });
});
