import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runCommand } from './run-command.ts';

const LOCKFILE = 'package-lock.json';
/** Where we remember which lockfile the installed node_modules came from. */
const STAMP = 'node_modules/.common-ground-lock-hash';

/** Runs `npm ci` when node_modules is missing or was installed from a different lockfile. */
export async function ensureDependencies(): Promise<void> {
  const lockHash = createHash('sha256').update(readFileSync(LOCKFILE)).digest('hex');
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === lockHash) return;
  console.log('[setup] Installing dependencies with npm ci…');
  const { code } = await runCommand('npm', ['ci', '--no-audit', '--no-fund']);
  if (code !== 0) throw new Error('npm ci failed; see the output above.');
  writeFileSync(STAMP, lockHash);
}
