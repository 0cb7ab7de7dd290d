/** The search dialog and page: lazy loading, shortcuts, keyboard, filters, deep links and axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function openByClick(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search Common Ground' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('nothing of search loads until the reader shows intent', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/learn/empowerment/', { waitUntil: 'networkidle' });
  expect(requests.filter((path) => path.includes('pagefind') || path.includes('search-dialog'))).toEqual([]);
  await openByClick(page);
  await page.getByLabel('Search for').fill('stigma');
  await expect(page.getByRole('dialog').locator('.search-results li').first()).toBeVisible();
  expect(requests.some((path) => path.includes('search-dialog'))).toBe(true);
  expect(requests.some((path) => path.startsWith('/pagefind/'))).toBe(true);
});

test('type, see highlighted results and a count, move with the arrow keys, Enter opens', async ({ page }) => {
  await page.goto('/');
  const dialog = await openByClick(page);
  await expect(dialog.getByLabel('Search for')).toBeFocused();
  await page.keyboard.type('stigma');
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results? for “stigma”/);
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
  const trigger = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' });
  await trigger.focus();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search Common Ground' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Search for')).toBeFocused();
});

test('filtering by content type narrows the results', async ({ page }) => {
  await page.goto('/');
  const dialog = await openByClick(page);
  await dialog.getByLabel('Search for').fill('grief');
  const status = dialog.getByRole('status');
  await expect(status).toHaveText(/\d+ results? for “grief”/);
  const before = Number(/(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  await dialog.getByLabel(/^Group type \(\d+\)$/).check();
  await expect(status).not.toHaveText(`${before} results for “grief”.`);
  const after = Number(/(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  for (const type of await dialog.locator('.search-type').allTextContents()) expect(type).toBe('Group type');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open dialog with results passes axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    const dialog = await openByClick(page);
    await dialog.getByLabel('Search for').fill('peer support');
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
  await expect(page.getByLabel('Search the site')).toHaveValue('ground rules');
  await expect(page.getByRole('status')).toHaveText(/\d+ results? for “ground rules”/);
  await expect(page.locator('.search-results a').first()).toBeVisible();
});

test('"Show more results" adds the next five and moves focus to the first of them', async ({ page }) => {
  await page.goto('/');
  const dialog = await openByClick(page);
  await dialog.getByLabel('Search for').fill('support');
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results for “support”/);
  const total = Number(/(\d+)/.exec((await dialog.getByRole('status').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(10);
  const links = dialog.locator('.search-results a');
  await expect(links).toHaveCount(5);
  await dialog.getByRole('button', { name: 'Show more results' }).press('Enter');
  await expect(links).toHaveCount(10);
  await expect(links.nth(5)).toBeFocused();
});
