import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium (or CHROME_PATH), found by scripts/lib/ensure-browser.ts; Playwright's own otherwise. */
const executablePath = process.env['CHROME_PATH'];
/** Flags our machines need: no sandbox as root, and no background calls to outside hosts. */
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
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
    launchOptions: { args, ...(executablePath ? { executablePath } : {}) },
  },
  webServer: {
    // The production build, served as a static host would serve it, with public/_headers applied.
    command: `node scripts/serve-dist.ts ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
