/** The resource directory: several filters at once, linkable views, odd links, no JavaScript, axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test('several filters narrow the list, the count is announced, and the URL follows', async ({ page }) => {
  await page.goto('/resources/');
  const count = page.getByRole('status').filter({ hasText: 'Showing' });
  const total = await page.locator('.directory-entry').count();
  await expect(count).toHaveText(`Showing ${total} of ${total} organizations and services.`);
  await page
    .locator('summary')
    .filter({ hasText: /^Topic$/ })
    .click();
  await page.getByLabel('Grief and loss').check();
  await page
    .locator('summary')
    .filter({ hasText: /^Format$/ })
    .click();
  await page.getByLabel('Online', { exact: true }).check();
  await expect(page).toHaveURL(/\/resources\/\?topic=grief&format=online$/);
  const visible = page.locator('.directory-entry:visible');
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(count).toHaveText(`Showing ${shown} of ${total} organizations and services.`);
  for (const entry of await visible.all()) {
    await expect(entry).toHaveAttribute('data-topic', /\bgrief\b/);
    await expect(entry).toHaveAttribute('data-format', /\bonline\b/);
  }
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count).toHaveText(`Showing ${total} of ${total} organizations and services.`);
  await expect(page).toHaveURL(/\/resources\/$/);
});

test('a shared filtered link opens the same view, and odd values get a visible note', async ({ page }) => {
  await page.goto('/resources/?topic=grief&format=online&topic=not-a-topic');
  await expect(page.getByLabel('Grief and loss')).toBeChecked();
  await expect(page.getByLabel('Online', { exact: true })).toBeChecked();
  await expect(page.getByText('were not recognised and were left out: topic=not-a-topic')).toBeVisible();
  const shown = await page.locator('.directory-entry:visible').count();
  expect(shown).toBeGreaterThan(0);
  await page.getByLabel('Search by name or words').fill('compassionate');
  await expect(page.locator('.directory-entry:visible').first()).toContainText('Compassionate');
  await expect(page).toHaveURL(/q=compassionate/);
});

test('the directory with filters applied passes axe in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/resources/?topic=mental-health&region=US');
    await page
      .locator('summary')
      .filter({ hasText: /^Topic$/ })
      .click();
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
  }
});

test('each entry keeps its #anchor and leads to its own page, with contacts and a correction link', async ({
  page,
}) => {
  await page.goto('/resources/#samaritans-uk');
  const entry = page.locator('#samaritans-uk');
  await expect(entry).toBeInViewport();
  await entry.getByRole('link', { name: 'Samaritans' }).click();
  await expect(page).toHaveURL(/\/resources\/samaritans-uk\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Samaritans/);
  await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Suggest a correction to this entry' })).toHaveAttribute(
    'href',
    /^mailto:corrections@/,
  );
  await page.getByRole('link', { name: 'Back to all organizations and helplines' }).click();
  await expect(page.locator('#samaritans-uk')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole list shows, grouped by kind, and the filter form stays out of the way', async ({ page }) => {
    await page.goto('/resources/?topic=grief');
    const entries = page.locator('.directory-entry');
    expect(await entries.count()).toBeGreaterThan(40);
    for (const entry of await entries.all()) await expect(entry).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Crisis line', level: 2 })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Filter the list' })).toBeHidden();
  });
});
