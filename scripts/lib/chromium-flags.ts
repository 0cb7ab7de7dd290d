/**
 * The Chromium flags our machines need (README): no sandbox as root, no GPU, and no background
 * calls to outside hosts, which would also break the privacy checks. Playwright and Lighthouse
 * both launch Chromium with them.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
