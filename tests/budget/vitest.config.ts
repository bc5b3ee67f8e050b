import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:budget`: the tests that build the whole site (the performance budget and the
 * page cache), a step of their own in `npm test`.
 */
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/budget/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // One file, its builds one after another: timings are not shared with other tests.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
