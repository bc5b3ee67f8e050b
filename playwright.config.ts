import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// CLIPPINGS_E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env['CLIPPINGS_E2E_PORT'] ?? 4399);
const BASE_URL = `http://127.0.0.1:${PORT}/`;
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const isCI = Boolean(process.env['CI']);

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  // axe over a whole page takes a few seconds on an idle 2-core machine and far more on a busy
  // one: a minute per test keeps a loaded machine from failing tests that are right.
  timeout: 60_000,
  reporter: 'list',
  forbidOnly: isCI,
  use: {
    baseURL: BASE_URL,
    headless: true,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Browsers cannot be downloaded here: prefer Debian's chromium when present.
          ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        },
      },
    },
  ],
  webServer: {
    // --ignore-lock: run alongside any other preview server of this project (astro allows one otherwise).
    command: `npm run build && npm run preview -- --port ${PORT} --host 127.0.0.1 --ignore-lock`,
    url: BASE_URL,
    timeout: 300_000,
    reuseExistingServer: !isCI,
    // Built with the site's address, so canonical and share URLs are absolute (and the sitemap made).
    env: { CLIPPINGS_SITE: BASE_URL },
  },
});
