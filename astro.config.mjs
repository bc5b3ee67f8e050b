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
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
