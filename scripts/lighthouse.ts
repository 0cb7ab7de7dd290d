/**
 * `npm run lighthouse [-- --runs 3]`: Lighthouse in its default mobile mode on six kinds of page
 * (home, an article, a group type, the quiz, the directory, search), against dist/ served as a
 * static host serves it. Accessibility, Best Practices and SEO must score 100 on every page;
 * Performance is reported as the median of the runs (100 is the goal; shared machines are noisy).
 * Writes reports/lighthouse.json; exits non-zero if an asserted category is below 100.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS } from './lib/chromium-flags.ts';
import { ensureBrowser } from './lib/ensure-browser.ts';
import { median } from './lib/median.ts';

const root = resolve(import.meta.dirname, '..');
const runsIndex = process.argv.indexOf('--runs');
const runs = runsIndex === -1 ? 3 : Number(process.argv[runsIndex + 1]);
const port = Number(process.env['LIGHTHOUSE_PORT'] ?? 4332);
const PAGES = [
  '/',
  '/learn/what-is-a-self-help-group/',
  '/groups/twelve-step-fellowships/',
  '/find-your-fit/',
  '/resources/',
  '/search/',
];
/** The metrics behind the Performance score, reported as medians (ms, except CLS). */
const METRICS = {
  'FCP ms': 'first-contentful-paint',
  'LCP ms': 'largest-contentful-paint',
  'TBT ms': 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
} as const;
const ASSERTED = ['accessibility', 'best-practices', 'seo'] as const;
/** Lighthouse runs headless, with the flags our machines need. */
const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];

async function main(): Promise<number> {
  const server = spawn(process.execPath, [resolve(root, 'scripts/serve-dist.ts'), String(port)], { stdio: 'ignore' });
  await new Promise((done) => setTimeout(done, 500));
  const chromePath = (await ensureBrowser()) ?? (await import('@playwright/test')).chromium.executablePath();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
  const rows: Record<string, string | number>[] = [];
  const problems: string[] = [];
  try {
    for (const path of PAGES) {
      const scores: Record<string, number[]> = {};
      const metrics: Record<string, number[]> = {};
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(`http://localhost:${port}${path}`, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { categories, audits, runtimeError } = result.lhr;
        if (runtimeError)
          problems.push(`${path}: Lighthouse could not run (${runtimeError.code}: ${runtimeError.message})`);
        for (const [metric, audit] of Object.entries(METRICS)) {
          (metrics[metric] ??= []).push(audits[audit]?.numericValue ?? NaN);
        }
        for (const [id, category] of Object.entries(categories)) {
          (scores[id] ??= []).push(Math.round((category.score ?? 0) * 100));
          if (!(ASSERTED as readonly string[]).includes(id) || category.score === 1) continue;
          const failing = category.auditRefs
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => ref.id);
          problems.push(`${path} ${id} ${Math.round((category.score ?? 0) * 100)}: ${failing.join(', ')}`);
        }
      }
      rows.push({
        page: path,
        ...Object.fromEntries(Object.entries(scores).map(([id, values]) => [id, median(values)])),
        'performance (all runs)': (scores['performance'] ?? []).join(' '),
        ...Object.fromEntries(
          Object.entries(metrics).map(([metric, values]) => [metric, Math.round(median(values) * 1000) / 1000]),
        ),
      });
    }
  } finally {
    chrome.kill();
    server.kill();
  }
  console.table(rows);
  mkdirSync(resolve(root, 'reports'), { recursive: true });
  writeFileSync(
    resolve(root, 'reports/lighthouse.json'),
    `${JSON.stringify({ runs, asserted: ASSERTED, pages: rows, problems }, null, 2)}\n`,
  );
  for (const problem of problems) console.error(`Below 100: ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = await main();
