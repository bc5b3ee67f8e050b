// @ts-check
import { defineConfig } from 'astro/config';

const site = process.env['CLIPPINGS_SITE'] || undefined;
const base = process.env['CLIPPINGS_BASE'] || undefined;

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  output: 'static',
  ...(site ? { site } : {}),
  ...(base ? { base } : {}),
  trailingSlash: 'always',
  // No inline scripts or styles, ever (ready for a strict Content-Security-Policy): page scripts
  // and stylesheets are always external files, however small.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
