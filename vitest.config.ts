import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The shared-data checks parse whole corpora (thousands of files); on a loaded 2-core
    // machine the 2,225 BBC files take over a minute.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
