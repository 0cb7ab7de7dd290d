/**
 * `node scripts/check-pseudo-locale.ts [--no-build]`: builds the site in the pseudo-locale into
 * .cache/dist-pseudo and lists every English word on a page that is in neither the catalogue
 * (src/translations/) nor content/, with the file that spells it. Exits 1 when there is any.
 */
import { resolve } from 'node:path';
import { checkPseudoLocale, formatFindings } from './lib/check-pseudo-locale.ts';

process.chdir(resolve(import.meta.dirname, '..'));
const result = await checkPseudoLocale({ build: !process.argv.includes('--no-build') });
if (result.buildOutput !== undefined) {
  console.error(`The pseudo-locale build failed:\n${result.buildOutput}`);
} else if (result.ok) {
  console.log(`${result.pagesChecked} pages in the pseudo-locale: every interface word came from the catalogue.`);
} else {
  console.error(
    `${result.pagesWithFindings} of ${result.pagesChecked} pages show words that are not in the catalogue (src/translations/) or content/:\n${formatFindings(result.findings)}`,
  );
}
process.exitCode = result.ok ? 0 : 1;
