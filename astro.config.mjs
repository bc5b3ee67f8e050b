// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildLock } from './src/page-cache/build-lock.ts';
import { pageCache } from './src/page-cache/integration.ts';
import { siteAddressWarning } from './src/publish/share.ts';

const site = process.env['CLIPPINGS_SITE'] || undefined;
const base = process.env['CLIPPINGS_BASE'] || undefined;
/** @type {string[]} */
const reusedUrls = [];
// A build prints one line per phase (`src/lib/build-log.mjs`); CLIPPINGS_VERBOSE=1 prints Astro's
// own log, a line per page. Only `astro build`: dev and check keep Astro's logger.
const building = process.argv.includes('build');
const verbose = /^(?:1|true|yes|on)$/i.test(process.env['CLIPPINGS_VERBOSE'] ?? '');

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  output: 'static',
  ...(site ? { site } : {}),
  ...(base ? { base } : {}),
  ...(building ? { logger: { entrypoint: './src/lib/build-log.mjs', config: { verbose } } } : {}),
  // One build at a time per output folder (`src/page-cache/build-lock.ts`), locked first.
  // A rebuild renders only the pages whose input changed (`src/page-cache/`); the pages it takes
  // from the last build are added to the sitemap, which only lists the pages Astro rendered.
  // A sitemap needs absolute addresses, so it is only made when the site's address is known.
  integrations: [
    buildLock(),
    {
      // One plain warning when shared links will break: no site address, no absolute URLs.
      name: 'clippings:site-address',
      hooks: {
        'astro:build:start': ({ logger }) => {
          const warning = siteAddressWarning(site);
          if (warning) logger.warn(warning);
        },
      },
    },
    pageCache({ reusedUrls }),
    ...(site ? [sitemap({ customPages: reusedUrls })] : []),
  ],
  trailingSlash: 'always',
  // No inline scripts or styles, ever (ready for a strict Content-Security-Policy): page scripts
  // and stylesheets are always external files, however small.
  // Four pages rendered at a time: rendering overlaps the writes (10,000 files: 2 min 54 s
  // against 3 min 25 s with one at a time, same CPU time and peak memory; BENCHMARKS.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Content-Security-Policy (a <meta> tag on every page; not active in `astro dev`): scripts and
  // styles only from the site itself, by hash — no inline script can run, whatever the content.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // No Markdown is rendered; Shiki's inline styles would clash with the policy above.
  markdown: { syntaxHighlight: false },
});
