import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS } from './scripts/lib/chromium-flags.ts';

/** Debian's Chromium (or CHROME_PATH), found by scripts/lib/ensure-browser.ts; Playwright's own otherwise. */
const executablePath = process.env['CHROME_PATH'];
const port = Number(process.env['E2E_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env['PLAYWRIGHT_JSON_OUTPUT_FILE'] ?? 'reports/playwright.json' }],
  ],
  use: {
    baseURL: `http://localhost:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: { args: [...CHROMIUM_FLAGS], ...(executablePath ? { executablePath } : {}) },
  },
  // The search budgets time the wait after the last keystroke: run beside another worker on a
  // 2-core machine they measured another test's load (327 ms once, 128-198 ms alone), so they run
  // alone, after the rest. `npm run bench` runs them without the rest (--no-deps).
  projects: [
    { name: 'site', testIgnore: /search-budgets\.spec\.ts$/ },
    { name: 'budgets', testMatch: /search-budgets\.spec\.ts$/, dependencies: ['site'] },
  ],
  webServer: {
    // The production build, served as a static host would serve it, with public/_headers applied.
    command: `node scripts/serve-dist.ts ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
