/**
 * Search budgets (issue #6), measured in the browser on the built site: what each step of a
 * search costs in bytes, and how long the reader waits after the last keystroke. `npm run bench`
 * runs this same spec against its 1,000-page build (DIST_DIR) and records the figures
 * (SEARCH_BENCH_OUTPUT).
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { recordTransfers, type Transfer } from '../support/record-transfers';
import en from '../../src/translations/en';

const KB = 1024;
/** Budgets from issue #6. */
const OPENING = 60 * KB;
const FIRST_QUERY = 150 * KB;
const LATENCY_MS = 300;
/** Something people type (issue #6), and a word every page of the benchmark corpus uses too. */
const QUERY = process.env['SEARCH_BENCH_QUERY'] ?? 'peer support';
/** A person typing quickly: about 12 keys a second. */
const KEY_DELAY_MS = 80;

const isSearchCode = (path: string) => path.startsWith('/pagefind/') || path.includes('search-dialog');
const DIALOG_TITLE = en['search.heading'].replace('{{siteName}}', en['site.name']);
const describe = (files: Transfer[]) => files.map((file) => `${file.path} ${file.bytes}`).join(', ');

/**
 * Types `query` into the open dialog at a person's pace and returns the milliseconds from the
 * last keystroke to the results for the whole query on screen, measured inside the page.
 */
async function typeAndTime(page: Page, query: string): Promise<number> {
  const input = page.getByRole('dialog').getByLabel(en['search.dialogLabel']);
  await input.fill('');
  await page.evaluate((expected) => {
    const state = window as unknown as { lastKey: number; shown: Promise<number> };
    const status = document.querySelector('dialog [data-status]');
    document.addEventListener('keydown', () => (state.lastKey = performance.now()), { capture: true });
    // Results for what was typed so far may show while typing; the clock stops when the results
    // for the whole query are on screen (the list and its announced count change together).
    state.shown = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (!status?.textContent.endsWith(`“${expected}”.`)) return;
        observer.disconnect();
        resolve(performance.now());
      }).observe(status ?? document.body, { childList: true, characterData: true, subtree: true });
    });
  }, query);
  await input.pressSequentially(query, { delay: KEY_DELAY_MS });
  return page.evaluate(async () => {
    const state = window as unknown as { lastKey: number; shown: Promise<number> };
    return Math.round((await state.shown) - state.lastKey);
  });
}

test('search costs nothing before intent, and stays within its byte and time budgets after', async ({ page }) => {
  const transfers = recordTransfers(page);
  const response = await page.goto('/learn/what-is-a-self-help-group/', { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  const load = await transfers.take();
  const beforeIntent = load.files.filter((file) => isSearchCode(file.path));
  expect(beforeIntent, `search code loaded before intent: ${describe(beforeIntent)}`).toEqual([]);

  await page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.search'] }).click();
  await expect(page.getByRole('dialog', { name: DIALOG_TITLE })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const opening = await transfers.take();

  const coldMs = await typeAndTime(page, QUERY);
  await page.waitForLoadState('networkidle');
  const firstQuery = await transfers.take();
  const warmMs = await typeAndTime(page, 'mutual aid');

  const figures = {
    openingBytes: opening.total,
    firstQueryBytes: firstQuery.total,
    firstQueryFiles: firstQuery.files.length,
    coldMs,
    warmMs,
  };
  const output = process.env['SEARCH_BENCH_OUTPUT'];
  if (output) writeFileSync(output, JSON.stringify(figures));
  console.log(
    `Search on ${page.url()}: before intent 0 B; opening ${opening.total} B gzip; ` +
      `first query "${QUERY}" ${firstQuery.total} B in ${firstQuery.files.length} files; ` +
      `last keystroke to first result ${coldMs} ms cold, ${warmMs} ms warm`,
  );
  expect(opening.total, `opening search: ${describe(opening.files)}`).toBeLessThanOrEqual(OPENING);
  expect(firstQuery.total, `first query: ${describe(firstQuery.files)}`).toBeLessThanOrEqual(FIRST_QUERY);
  expect(coldMs, 'last keystroke to first result, first query').toBeLessThanOrEqual(LATENCY_MS);
  expect(warmMs, 'last keystroke to first result, next query').toBeLessThanOrEqual(LATENCY_MS);
});
