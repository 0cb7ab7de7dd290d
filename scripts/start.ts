/**
 * `npm start`: installs dependencies if missing, builds the site and its search index, then
 * serves the built site on http://localhost:4321 (PORT overrides the port).
 */
import { spawn } from 'node:child_process';
import { delimiter, resolve } from 'node:path';
import { ensureDependencies } from './lib/ensure-dependencies.ts';
import { buildSite } from './lib/build-site.ts';

process.chdir(resolve(import.meta.dirname, '..'));
process.env['PATH'] = `${resolve('node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}`;
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const port = process.env['PORT'] ?? '4321';

await ensureDependencies();
const build = await buildSite();
if (!build.ok) {
  console.error('The build failed; see the messages above.');
  process.exit(1);
}
console.log(`\nCommon Ground is being served at http://localhost:${port}/ (press Ctrl+C to stop)\n`);
const server = spawn('astro', ['preview', '--port', port], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('close', (code) => process.exit(code ?? 0));
