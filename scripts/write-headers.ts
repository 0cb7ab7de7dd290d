/**
 * Writes public/_headers (the format Netlify and Cloudflare Pages read) from the one policy in
 * src/config/security.ts. A unit test fails when the file is out of date: run
 * `node scripts/write-headers.ts` after changing the policy or the theme script.
 */
import { writeFileSync } from 'node:fs';
import { renderHeadersFile } from '../src/config/render-headers-file.ts';

writeFileSync(new URL('../public/_headers', import.meta.url), renderHeadersFile());
console.log('wrote public/_headers');
