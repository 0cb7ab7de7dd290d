import { existsSync } from 'node:fs';
import { runCommand } from './run-command.ts';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * Finds a Chromium for the browser tests, in this order (issue #2):
 * CHROME_PATH or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH if set; Debian's /usr/bin/chromium;
 * as root on Debian, `apt-get install chromium`; otherwise Playwright's own Chromium.
 * Returns the executable path, or undefined when Playwright's bundled browser is used.
 */
export async function ensureBrowser(): Promise<string | undefined> {
  const fromEnv = process.env['CHROME_PATH'] ?? process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points at ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('[setup] Installing Debian chromium with apt-get (about a minute)…');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    const update = await runCommand('apt-get', ['update', '-qq'], { env });
    const install =
      update.code === 0 ? await runCommand('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) : update;
    if (install.code === 0 && existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
    throw new Error('apt-get could not install chromium; see the output above.');
  }
  console.log('[setup] Installing Playwright’s Chromium…');
  const { code } = await runCommand('npx', ['playwright', 'install', 'chromium']);
  if (code !== 0) throw new Error('npx playwright install chromium failed.');
  return undefined;
}
