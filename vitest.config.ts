import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The shared-data checks parse whole corpora (thousands of files).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
