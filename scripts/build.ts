/**
 * `npm run build [-- --outDir path] [-- --low-memory]`: builds the site into dist/ (or the given
 * folder), then its Pagefind search index. `astro build` alone builds the pages without the index.
 * `--low-memory` (or LOW_MEMORY_BUILD=1) trades build time for memory; see scripts/lib/build-site.ts.
 */
import { resolve } from 'node:path';
import { buildSite } from './lib/build-site.ts';

process.chdir(resolve(import.meta.dirname, '..'));
const outDirFlag = process.argv.indexOf('--outDir');
const outDir = outDirFlag === -1 ? 'dist' : process.argv[outDirFlag + 1];

const lowMemory = process.argv.includes('--low-memory') || process.env['LOW_MEMORY_BUILD'] === '1';
const result = await buildSite({ ...(outDir ? { outDir } : {}), lowMemory });
if (!result.ok) {
  console.error('The build failed; see the messages above.');
  process.exitCode = 1;
}
