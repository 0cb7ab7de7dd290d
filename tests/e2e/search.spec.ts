/** The search dialog and page: lazy loading, shortcuts, keyboard, filters, deep links and axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import en from '../../src/translations/en';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const DIALOG_TITLE = en['search.heading'].replace('{{siteName}}', en['site.name']);
const SEARCH_FOR = en['search.dialogLabel'];
/** An announced count, "12 results for “grief”.", for a query. */
const countFor = (query: string) => new RegExp(`\\d+ results? for “${query}”`);

const searchLink = (page: Page) =>
  page.getByRole('navigation', { name: en['nav.label'] }).getByRole('link', { name: en['nav.search'] });

async function openByClick(page: Page) {
  await searchLink(page).click();
  const dialog = page.getByRole('dialog', { name: DIALOG_TITLE });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('nothing of search loads until the reader shows intent', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/learn/empowerment/', { waitUntil: 'networkidle' });
  expect(requests.filter((path) => path.includes('pagefind') || path.includes('search-dialog'))).toEqual([]);
  // The dialog's markup is on the page from the start, closed: nothing of it shows or is announced.
  await expect(page.locator('search-dialog dialog')).toHaveCount(1);
  await expect(page.getByRole('dialog', { includeHidden: true })).toBeHidden();
  await openByClick(page);
  await page.getByLabel(SEARCH_FOR).fill('stigma');
  await expect(page.getByRole('dialog').locator('.search-results li').first()).toBeVisible();
  expect(requests.some((path) => path.includes('search-dialog'))).toBe(true);
  expect(requests.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});

test('type, see highlighted results and a count, move with the arrow keys, Enter opens', async ({ page }) => {
  await page.goto('/');
  const dialog = await openByClick(page);
  await expect(dialog.getByLabel(SEARCH_FOR)).toBeFocused();
  await page.keyboard.type('stigma');
  await expect(dialog.getByRole('status')).toHaveText(countFor('stigma'));
  await expect(dialog.locator('.search-results mark').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const first = dialog.locator('.search-results a').first();
  await expect(first).toBeFocused();
  const href = (await first.getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('Ctrl+K and "/" open the dialog; Escape closes it and returns focus to the trigger', async ({ page }) => {
  await page.goto('/about/');
  const trigger = searchLink(page);
  await trigger.focus();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: DIALOG_TITLE });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(SEARCH_FOR)).toBeFocused();
});

test('Enter in the search box searches at once, and Close closes the dialog', async ({ page }) => {
  await page.goto('/');
  const dialog = await openByClick(page);
  await dialog.getByLabel(SEARCH_FOR).fill('ground rules');
  await dialog.getByLabel(SEARCH_FOR).press('Enter');
  await expect(dialog.getByRole('status')).toHaveText(countFor('ground rules'));
  await expect(page).toHaveURL(/\/$/);
  await dialog.getByRole('button', { name: en['search.close'] }).click();
  await expect(dialog).toBeHidden();
});

test('filtering by content type narrows the results', async ({ page }) => {
  const groupType = en['searchType.group-type'];
  await page.goto('/');
  const dialog = await openByClick(page);
  await dialog.getByLabel(SEARCH_FOR).fill('grief');
  const status = dialog.getByRole('status');
  await expect(status).toHaveText(countFor('grief'));
  const before = Number(/(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  await dialog
    .getByRole('group', { name: en['search.filtersLegend'] })
    .getByLabel(new RegExp(`^${groupType} \\(\\d+\\)$`))
    .check();
  await expect(status).not.toHaveText(`${before} results for “grief”.`);
  const after = Number(/(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  for (const type of await dialog.locator('.search-type').allTextContents()) expect(type).toBe(groupType);
});

test('a glossary hit is the entry itself, and a page without a content type is a "Page"', async ({ page }) => {
  await page.goto('/');
  const dialog = await openByClick(page);
  const results = dialog.locator('.search-results li');
  await dialog.getByLabel(SEARCH_FOR).fill('helper therapy');
  await dialog.getByLabel(new RegExp(`^${en['searchType.glossary']} \\(\\d+\\)$`)).check();
  await expect(results.first().locator('a')).toHaveAttribute('href', /^\/glossary\/#.+/);
  await expect(results.first().locator('.search-type')).toHaveText(en['searchType.glossary']);
  await dialog.getByLabel(new RegExp(`^${en['searchType.glossary']} \\(\\d+\\)$`)).uncheck();
  await dialog.getByLabel(SEARCH_FOR).fill('Open Referral');
  const openData = results.filter({ has: page.locator('a[href="/open-data/"]') });
  await expect(openData.locator('.search-type')).toHaveText(en['search.typePage']);
});

test('the dialog says which part of its markup is missing instead of doing nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    errors.push(error.message);
  });
  await page.goto('/about/');
  await page.locator('search-dialog [data-results]').evaluate((list) => {
    list.remove();
  });
  await searchLink(page).click();
  await expect
    .poll(() => errors.join('\n'))
    .toContain('<search-dialog> has no HTMLOListElement matching [data-results]');
  await expect(page.getByRole('dialog')).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open dialog with results passes axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    const dialog = await openByClick(page);
    await dialog.getByLabel(SEARCH_FOR).fill('peer support');
    await expect(dialog.locator('.search-results li').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });
}

test('a ?q= link to the search page shows results', async ({ page }) => {
  await page.goto('/search/?q=ground%20rules');
  await expect(page.getByLabel(en['search.pageLabel'])).toHaveValue('ground rules');
  await expect(page.getByRole('status')).toHaveText(countFor('ground rules'));
  await expect(page.locator('.search-results a').first()).toBeVisible();
});

test('"Show more results" adds the next five and moves focus to the first of them', async ({ page }) => {
  await page.goto('/');
  const dialog = await openByClick(page);
  await dialog.getByLabel(SEARCH_FOR).fill('support');
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results for “support”/);
  const total = Number(/(\d+)/.exec((await dialog.getByRole('status').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(10);
  const links = dialog.locator('.search-results a');
  await expect(links).toHaveCount(5);
  await dialog.getByRole('button', { name: en['search.showMore'] }).press('Enter');
  await expect(links).toHaveCount(10);
  await expect(links.nth(5)).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the Search link goes to the search page, and the dialog never shows', async ({ page }) => {
    await page.goto('/about/');
    await expect(page.getByRole('dialog', { includeHidden: true })).toBeHidden();
    await searchLink(page).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DIALOG_TITLE);
    // The message without its link markers is the paragraph's text.
    const fallback = en['search.needsJavaScript'].replace(/<\/?link\d>/g, '');
    await expect(page.locator('.no-js-only', { hasText: fallback })).toHaveText(fallback);
  });
});
