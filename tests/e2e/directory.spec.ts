/** The resource directory: several filters at once, linkable views, odd links, no JavaScript, axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatMessage } from '../../src/i18n/format-message';
import en from '../../src/translations/en';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What the count announces, as the catalogue words it. */
const showing = (shown: number, total: number) =>
  formatMessage(en, 'directory.filterCount', { count: total, shown }, 'en');
/** Opens a facet's group of checkboxes by its legend. */
const openFacet = (page: Page, legend: string) =>
  page
    .locator('summary')
    .filter({ hasText: new RegExp(`^${legend.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .click();

test('several filters narrow the list, the count is announced, and the URL follows', async ({ page }) => {
  await page.goto('/resources/');
  const count = page.getByRole('status').and(page.locator('[data-count]'));
  const total = await page.locator('.directory-entry').count();
  await expect(count).toHaveText(showing(total, total));
  await openFacet(page, en['directory.facetTopic']);
  await page.getByLabel(en['needTopic.grief']).check();
  await openFacet(page, en['directory.facetFormat']);
  await page.getByLabel(en['format.online'], { exact: true }).check();
  await expect(page).toHaveURL(/\/resources\/\?topic=grief&format=online$/);
  const visible = page.locator('.directory-entry:visible');
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(count).toHaveText(showing(shown, total));
  for (const entry of await visible.all()) {
    await expect(entry).toHaveAttribute('data-topic', /\bgrief\b/);
    await expect(entry).toHaveAttribute('data-format', /\bonline\b/);
  }
  await page.getByRole('button', { name: en['directory.clearFilters'] }).click();
  await expect(count).toHaveText(showing(total, total));
  await expect(page).toHaveURL(/\/resources\/$/);
});

test('a shared filtered link opens the same view, and odd values get a visible note', async ({ page }) => {
  await page.goto('/resources/?topic=grief&format=online&topic=not-a-topic');
  await expect(page.getByLabel(en['needTopic.grief'])).toBeChecked();
  await expect(page.getByLabel(en['format.online'], { exact: true })).toBeChecked();
  await expect(
    page.getByText(formatMessage(en, 'directory.ignoredFilters', { filters: 'topic=not-a-topic' }, 'en')),
  ).toBeVisible();
  const shown = await page.locator('.directory-entry:visible').count();
  expect(shown).toBeGreaterThan(0);
  await page.getByLabel(en['directory.filterText']).fill('compassionate');
  await expect(page.locator('.directory-entry:visible').first()).toContainText('Compassionate');
  await expect(page).toHaveURL(/q=compassionate/);
});

test('the directory with filters applied passes axe in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/resources/?topic=mental-health&region=US');
    await openFacet(page, en['directory.facetTopic']);
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
  await expect(page.getByRole('link', { name: en['directory.suggestCorrection'] })).toHaveAttribute(
    'href',
    /^mailto:corrections@/,
  );
  await page.getByRole('link', { name: en['directory.backToAll'] }).click();
  await expect(page.locator('#samaritans-uk')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole list shows, grouped by kind, and the filter form stays out of the way', async ({ page }) => {
    await page.goto('/resources/?topic=grief');
    const entries = page.locator('.directory-entry');
    expect(await entries.count()).toBeGreaterThan(40);
    for (const entry of await entries.all()) await expect(entry).toBeVisible();
    await expect(page.getByRole('heading', { name: en['resourceKind.crisis-line'], level: 2 })).toBeVisible();
    await expect(page.getByRole('form', { name: en['directory.filtersHeading'] })).toBeHidden();
  });
});
