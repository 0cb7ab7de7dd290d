/**
 * `npm run bench [-- --pages 1000 --runs 3 --low-memory]`: builds the site from a synthetic corpus of MDX
 * articles that satisfy the real content schema, without touching content/ (CONTENT_DIR points
 * the build at a copy), and reports build seconds, ms per page, Pagefind seconds, peak memory,
 * dist and index sizes and the gzip weight of a typical article page. It builds the same corpus
 * with the bare floor too (bench/bare-site: one layout, MDX, Pagefind) and reports the ratio.
 * It then measures search on the real build in Chromium (tests/e2e/search-budgets.spec.ts: bytes
 * per step, and last keystroke to results). The median of the runs is written to
 * bench/results/<pages>.json (<pages>-low-memory.json with `--low-memory`, which builds the real
 * site the way `npm run build -- --low-memory` does). Numbers are measured, never assumed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { buildSite } from './lib/build-site.ts';
import { ensureBrowser } from './lib/ensure-browser.ts';
import { measurePeakMemory } from './lib/measure-peak-memory.ts';
import { seededRandom } from './lib/seeded-random.ts';
import { median } from './lib/median.ts';
import { listFiles } from '../src/utils/list-files.ts';

const root = resolve(import.meta.dirname, '..');
const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const pages = argument('pages', 1000);
const runs = argument('runs', pages <= 1000 ? 3 : 1);
/** `--low-memory` builds the real site the way `npm run build -- --low-memory` does. */
const lowMemory = process.argv.includes('--low-memory');
const work = join(root, '.cache', 'bench', String(pages));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
const cacheDir = join(work, 'astro-cache');
const bareOutDir = join(work, 'bare-dist');
const bareCacheDir = join(work, 'bare-astro-cache');

/**
 * The words of our real articles, each as often as it occurs there. Filler drawn from them has
 * the vocabulary and word frequencies of the real site, so the search index (and the time a
 * query takes) resembles a real 1,000-page site, not one where every page repeats 30 words.
 */
const WORDS = readdirSync(join(root, 'content', 'articles'))
  .filter((name) => name.endsWith('.mdx'))
  .flatMap((name) => {
    const body = readFileSync(join(root, 'content', 'articles', name), 'utf8').split(/^---$/m)[2] ?? '';
    return body
      .replace(/<[^>]+>/g, ' ')
      .toLowerCase()
      .split(/[^a-z']+/)
      .filter((word) => word.length > 1);
  });

function sentence(seed: number): string {
  const next = seededRandom(seed);
  const length = 8 + Math.floor(next() * 8);
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'group');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** One synthetic article of about 1,100 words, with headings, a citation and a glossary term. */
function article(index: number): string {
  const sections = Array.from({ length: 6 }, (_, section) => {
    const paragraphs = Array.from({ length: 3 }, (_, paragraph) =>
      Array.from({ length: 6 }, (_, s) => sentence(((index * 6 + section) * 3 + paragraph) * 6 + s)).join(' '),
    );
    return `## Section ${section + 1}\n\n${paragraphs.join('\n\n')}`;
  });
  return `---
title: 'Benchmark article ${index}'
description: 'A synthetic article used only to measure how long the site takes to build at scale.'
reviewed: '2026-11-27'
nextReview: '2027-11-27'
published: '2026-11-27'
topics: [basics]
audiences: [reader]
stage: start-here
keyPoints:
  - 'This article exists only for the build benchmark.'
  - 'Its words are filler chosen to resemble plain prose.'
citations: [katz-1993]
---

People share a <Term id="self-help-group">self-help group</Term> for many reasons.<Cite id="katz-1993" />

${sections.join('\n\n')}
`;
}

function makeCorpus() {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  for (const folder of readdirSync(join(root, 'content'))) {
    if (folder !== 'articles') cpSync(join(root, 'content', folder), join(contentDir, folder), { recursive: true });
  }
  // Group types and the toolkit link to the real articles, so they come along too.
  cpSync(join(root, 'content', 'articles'), join(contentDir, 'articles'), { recursive: true });
  for (let i = 1; i <= pages; i += 1) {
    writeFileSync(join(contentDir, 'articles', `bench-${String(i).padStart(5, '0')}.mdx`), article(i));
  }
}

/** The bytes of every file under a folder (0 when it does not exist). */
function folderSize(path: string): number {
  return listFiles(path).reduce((sum, file) => sum + statSync(join(path, file)).size, 0);
}

interface Run {
  buildSeconds: number;
  pagefindSeconds: number;
  peakMemoryMB: number;
}

/** One cold build, as on a fresh CI checkout: no output folder, no content cache. */
async function buildOnce(site: 'real' | 'bare'): Promise<Run> {
  const [out, cache] = site === 'real' ? [outDir, cacheDir] : [bareOutDir, bareCacheDir];
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const started = performance.now();
  const { result, peakMB } = await measurePeakMemory(() =>
    buildSite({
      outDir: out,
      quiet: true,
      env: { CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cache },
      astroArgs: site === 'bare' ? ['--root', join(root, 'bench', 'bare-site')] : [],
      lowMemory: site === 'real' && lowMemory,
      keepPagefindChunks: site === 'bare',
    }),
  );
  if (!result.ok) throw new Error(`The ${site} benchmark build failed:\n${result.output.slice(-3000)}`);
  return {
    buildSeconds: (performance.now() - started) / 1000,
    pagefindSeconds: result.pagefindSeconds,
    peakMemoryMB: peakMB,
  };
}

/** Runs the search budget spec against this build; its figures, and whether it met every budget. */
async function measureSearch() {
  const output = join(tmpdir(), `common-ground-search-bench-${process.pid}.json`);
  const report = join(tmpdir(), `common-ground-search-bench-${process.pid}-report.json`);
  const browser = await ensureBrowser();
  const result = spawnSync(
    'npx',
    ['playwright', 'test', 'tests/e2e/search-budgets.spec.ts', '--no-deps', '--reporter=line'],
    {
      cwd: root,
      env: {
        ...process.env,
        ...(browser ? { CHROME_PATH: browser } : {}),
        DIST_DIR: outDir,
        E2E_PORT: '4330',
        SEARCH_BENCH_OUTPUT: output,
        PLAYWRIGHT_JSON_OUTPUT_FILE: report,
      },
      encoding: 'utf8',
    },
  );
  console.log(`${result.stdout}${result.stderr}`.trim());
  if (!existsSync(output)) throw new Error('The search measurement did not finish; see the output above.');
  const figures = JSON.parse(readFileSync(output, 'utf8')) as Record<string, number>;
  rmSync(output);
  rmSync(report, { force: true });
  return { ...figures, withinBudgets: result.status === 0 };
}

makeCorpus();
const results: Run[] = [];
const bareResults: Run[] = [];
// The two sites take turns, so a slow spell on a shared machine falls on both.
for (let run = 1; run <= runs; run += 1) {
  for (const [site, list] of [
    ['real', results],
    ['bare', bareResults],
  ] as const) {
    const result = await buildOnce(site);
    console.log(
      `${site} run ${run}/${runs}: ${result.buildSeconds.toFixed(1)} s, Pagefind ${result.pagefindSeconds.toFixed(1)} s, peak ${Math.round(result.peakMemoryMB)} MB`,
    );
    list.push(result);
  }
}
/** Each figure's median over the runs, taken figure by figure. */
function medianRun(list: readonly Run[]): Run {
  return {
    buildSeconds: median(list.map((r) => r.buildSeconds)),
    pagefindSeconds: median(list.map((r) => r.pagefindSeconds)),
    peakMemoryMB: median(list.map((r) => r.peakMemoryMB)),
  };
}
const real = medianRun(results);
const bare = medianRun(bareResults);
const builtPages = execFileSync('find', [outDir, '-name', 'index.html'], { encoding: 'utf8' })
  .trim()
  .split('\n').length;
const typical = readFileSync(
  join(outDir, 'learn', `bench-${String(Math.ceil(pages / 2)).padStart(5, '0')}`, 'index.html'),
);
const report = {
  pages: builtPages,
  articles: pages,
  lowMemory,
  runs,
  ...real,
  msPerPage: (real.buildSeconds * 1000) / builtPages,
  distMB: folderSize(outDir) / 1024 / 1024,
  indexMB: folderSize(join(outDir, 'pagefind')) / 1024 / 1024,
  typicalArticleGzipKB: gzipSync(typical, { level: 9 }).length / 1024,
  bareFloor: bare,
  timesBareFloor: real.buildSeconds / bare.buildSeconds,
  search: await measureSearch(),
  node: process.version,
  measuredOn: new Date().toISOString().slice(0, 10),
  allRuns: results,
  allBareRuns: bareResults,
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results', `${pages}${lowMemory ? '-low-memory' : ''}.json`),
  `${JSON.stringify(report, null, 2)}\n`,
);
console.log(report);
