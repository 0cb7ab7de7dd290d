import { existsSync, readFileSync } from 'node:fs';

/** Passed and failed counts of one suite. */
export interface Tally {
  passed: number;
  failed: number;
}

/** Reads Vitest's JSON report. A missing report means the run crashed: one failure. */
export function readVitestReport(file: string): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
    success: boolean;
  };
  const failed = report.numFailedTests + (report.success || report.numFailedTests > 0 ? 0 : 1);
  return { passed: report.numPassedTests, failed };
}

/** Reads Playwright's JSON report; flaky tests count as passed (they passed on retry), skipped ones as failed. */
export function readPlaywrightReport(file: string): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const { stats, errors } = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    errors: unknown[];
  };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected + stats.skipped + errors.length };
}

/** Reads scripts/lighthouse.ts's report: one check per page and category it asserts at 100. */
export function readLighthouseReport(file: string): Tally {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  const { asserted, pages } = JSON.parse(readFileSync(file, 'utf8')) as {
    asserted: string[];
    pages: Record<string, unknown>[];
  };
  const scores = pages.flatMap((page) => asserted.map((category) => page[category]));
  const passed = scores.filter((score) => score === 100).length;
  return { passed, failed: scores.length - passed + (pages.length === 0 ? 1 : 0) };
}
