// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of `src/`, lowest first (docs/architecture.md). A layer may import the layers before
 * it, never the ones after it: the text pipeline knows nothing of the corpus, the corpus nothing
 * of the site, and nothing below `loaders/` knows Astro.
 */
const LAYERS = [
  'lib',
  'schemas',
  'pipeline',
  'corpus',
  'search',
  'site',
  'publish',
  'scripts',
  'page-cache',
  'loaders',
  'cli',
  'components',
  'layouts',
  'pages',
];

/** Layers that are plain TypeScript: no `astro:*` module may be imported there. */
const PURE = ['lib', 'schemas', 'pipeline', 'corpus', 'search', 'site', 'publish', 'scripts'];

/** Client scripts run in the browser: they may use only what the site and search layers hold. */
const CLIENT_MAY_USE = ['lib', 'site', 'search', 'scripts'];

const zones = [
  ...LAYERS.slice(0, -1).map((layer, i) => ({
    target: `./src/${layer}`,
    from: LAYERS.slice(i + 1).map((above) => `./src/${above}`),
    message: `the ${layer} layer may import only the layers below it (docs/architecture.md)`,
  })),
  {
    target: './src/scripts',
    from: LAYERS.filter((l) => !CLIENT_MAY_USE.includes(l)).map((l) => `./src/${l}`),
    message: 'client scripts may import only lib, site and search (docs/architecture.md)',
  },
];

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
  },
  {
    files: ['src/**/*.{ts,astro}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.astro', '.js', '.mjs'],
      'import-x/parsers': {
        '@typescript-eslint/parser': ['.ts'],
        'astro-eslint-parser': ['.astro'],
      },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: PURE.map((layer) => `src/${layer}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^astro:', message: 'keep Astro out of this layer' }],
          paths: [
            {
              name: 'compromise',
              message:
                'import nlp from src/pipeline/document/compromise.ts (the same tagger, its sweep given only the hooks a text holds)',
            },
          ],
        },
      ],
    },
  },
  {
    // The one module that wraps compromise for the rest of the project.
    files: ['src/pipeline/document/compromise.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^astro:', message: 'keep Astro out of this layer' }] },
      ],
    },
  },
);
