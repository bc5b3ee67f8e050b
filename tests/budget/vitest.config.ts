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
    // A build of the 500-file corpus takes about a minute on a quiet 2-core machine and timed
    // out at 180 s at load 10: a timeout is a safety net here, never a measurement.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
