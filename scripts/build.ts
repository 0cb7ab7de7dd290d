/**
 * `npm run build [-- --outDir path]`: builds the site into dist/ (or the given folder), then its
 * Pagefind search index. `astro build` alone builds the pages without the index.
 */
import { delimiter, resolve } from 'node:path';
import { buildSite } from './lib/build-site.ts';

process.chdir(resolve(import.meta.dirname, '..'));
process.env['PATH'] = `${resolve('node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}`;
const outDirFlag = process.argv.indexOf('--outDir');
const outDir = outDirFlag === -1 ? 'dist' : process.argv[outDirFlag + 1];

const result = await buildSite(outDir ? { outDir } : {});
if (!result.ok) {
  console.error('The build failed; see the messages above.');
  process.exitCode = 1;
}
