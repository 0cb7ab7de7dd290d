/**
 * `npm test`: installs what the checks need, runs every check, and ends with one line
 * "N passed, N failed" summing every suite (CI reads it). Exits non-zero on any failure.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { ensureBrowser } from './lib/ensure-browser.ts';
import { ensureDependencies } from './lib/ensure-dependencies.ts';
import { diffTrees, hashTree } from './lib/hash-tree.ts';
import { readLighthouseReport, readPlaywrightReport, readVitestReport, type Tally } from './lib/read-report.ts';
import { buildSite } from './lib/build-site.ts';
import { runCommand } from './lib/run-command.ts';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
process.env['PATH'] = `${resolve('node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}`;
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const reports = resolve('reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const results: { name: string; tally: Tally; seconds: number }[] = [];

/** A check that is one command: it passes when the command exits 0. */
async function single(command: string, args: string[]): Promise<Tally> {
  const { code } = await runCommand(command, args);
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

async function step(name: string, run: () => Promise<Tally>): Promise<void> {
  console.log(`\n━━ ${name}`);
  const started = performance.now();
  let tally: Tally;
  try {
    tally = await run();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    tally = { passed: 0, failed: 1 };
  }
  const seconds = (performance.now() - started) / 1000;
  results.push({ name, tally, seconds });
  console.log(`━━ ${name}: ${tally.passed} passed, ${tally.failed} failed (${seconds.toFixed(1)} s)`);
}

async function vitest(project: string): Promise<Tally> {
  const output = `${reports}/vitest-${project}.json`;
  await runCommand('vitest', [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  return readVitestReport(output);
}

async function main(): Promise<void> {
  await ensureDependencies();
  const browser = await ensureBrowser();
  if (browser) process.env['CHROME_PATH'] = browser;

  // Generates .astro/ types for astro:content, which lint and type checks read.
  await step('Content sync (astro sync)', () => single('astro', ['sync']));
  await step('Formatting (prettier --check)', () => single('prettier', ['--check', '.']));
  await step('Lint (eslint)', () => single('eslint', ['.']));
  await step('Types (astro check)', () => single('astro', ['check']));
  await step('Unit and component tests (vitest)', () => vitest('unit'));
  await step('Malformed content fails the build (vitest)', () => vitest('content'));
  await step('Build (astro build, then pagefind)', async () =>
    (await buildSite()).ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 },
  );
  await step('Checks over dist/ (vitest)', () => vitest('dist'));
  // The second build runs in low-memory mode, so this also proves that mode builds the same site.
  await step('Determinism (a second build, in low-memory mode, is byte-identical)', async () => {
    const first = hashTree('dist');
    const firstCopy = resolve('.cache/dist-first-build');
    rmSync(firstCopy, { recursive: true, force: true });
    cpSync('dist', firstCopy, { recursive: true });
    const rebuilt = await buildSite({ quiet: true, lowMemory: true });
    if (!rebuilt.ok) throw new Error(`The second build failed:\n${rebuilt.output}`);
    const changed = diffTrees(first, hashTree('dist'));
    if (changed.length > 0) {
      console.error(`${changed.length} files differ between two builds (first build kept in ${firstCopy}):`);
      for (const path of changed.slice(0, 20)) console.error(`  ${path}`);
      return { passed: 0, failed: 1 };
    }
    console.log(`${first.size} files, identical.`);
    return { passed: 1, failed: 0 };
  });
  // Every page built again with the catalogue accented and bracketed: English words left on a page
  // came from neither the catalogue nor content/. One result per page.
  await step('Every interface word comes from the catalogue (pseudo-locale build)', async () => {
    // Imported here: it needs parse5, which ensureDependencies has only now installed.
    const { checkPseudoLocale, formatFindings } = await import('./lib/check-pseudo-locale.ts');
    const result = await checkPseudoLocale();
    if (result.buildOutput !== undefined) throw new Error(`The pseudo-locale build failed:\n${result.buildOutput}`);
    if (!result.ok) console.error(`Words not in the catalogue or content/:\n${formatFindings(result.findings)}`);
    return { passed: result.pagesChecked - result.pagesWithFindings, failed: result.pagesWithFindings };
  });
  await step('Browser tests: journeys, accessibility, privacy (playwright)', async () => {
    const output = `${reports}/playwright.json`;
    await runCommand('playwright', ['test'], { env: { PLAYWRIGHT_JSON_OUTPUT_FILE: output } });
    return readPlaywrightReport(output);
  });

  await step('Lighthouse: accessibility, best practices and SEO are 100 on six pages', async () => {
    await runCommand('node', ['scripts/lighthouse.ts', '--runs', '1']);
    return readLighthouseReport(`${reports}/lighthouse.json`);
  });

  console.log('\nSummary');
  for (const { name, tally, seconds } of results) {
    console.log(
      `  ${tally.failed === 0 ? 'ok  ' : 'FAIL'} ${name}: ${tally.passed} passed, ${tally.failed} failed (${seconds.toFixed(1)} s)`,
    );
  }
  const passed = results.reduce((sum, { tally }) => sum + tally.passed, 0);
  const failed = results.reduce((sum, { tally }) => sum + tally.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
