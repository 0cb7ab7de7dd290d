/**
 * The resource directory: several filters at once, linkable views that say what they show, counts
 * that follow the filters, what to take away when nothing matches, results first on a phone, the
 * plain pages without JavaScript, odd links, axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { formatMessage } from '../../src/i18n/format-message';
import en from '../../src/translations/en';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What the count announces, as the catalogue words it: with the filters in words when there are some. */
const showing = (shown: number, total: number, filters?: string) =>
  filters
    ? formatMessage(en, 'directory.filterCountFor', { count: total, shown, filters }, 'en')
    : formatMessage(en, 'directory.filterCount', { count: total, shown }, 'en');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A checkbox's label: the value's label, then how many results choosing it would give. */
const option = (label: string) => new RegExp(`^${escape(label)} \\(\\d+\\)$`);
/** Opens a facet's group of checkboxes by its legend. */
const openFacet = (page: Page, legend: string) =>
  page
    .locator('summary')
    .filter({ hasText: new RegExp(`^${escape(legend)}$`) })
    .click();

test('several filters narrow the list, the count is announced, and the URL follows', async ({ page }) => {
  await page.goto('/resources/');
  const count = page.getByRole('status').and(page.locator('[data-count]'));
  const total = await page.locator('.directory-entry').count();
  await expect(count).toHaveText(showing(total, total));
  await openFacet(page, en['directory.facetTopic']);
  await page.getByLabel(en['needTopic.grief']).check();
  await openFacet(page, en['directory.facetFormat']);
  await page.getByLabel(option(en['format.online'])).check();
  await expect(page).toHaveURL(/\/resources\/\?topic=grief&format=online$/);
  const visible = page.locator('.directory-entry:visible');
  const shown = await visible.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(count).toHaveText(showing(shown, total, `${en['needTopic.grief']} · ${en['format.online']}`));
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
  await expect(page.getByLabel(option(en['format.online']))).toBeChecked();
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

test('a country includes the networks that work internationally, and the link says what it shows', async ({ page }) => {
  await page.goto('/resources/?topic=grief&region=US&format=in-person');
  await expect(page.getByRole('heading', { name: 'GriefShare', level: 3 })).toBeVisible();
  const described = `${en['needTopic.grief']} · ${en['format.in-person']} · ${en['region.US']}`;
  const count = page.getByRole('status').and(page.locator('[data-count]'));
  await expect(count).toContainText(described);
  await expect(count).toContainText(formatMessage(en, 'directory.includesInternational', { count: 1 }, 'en'));
  await expect(page).toHaveTitle(new RegExp(`^${escape(described)}: ${escape(en['directory.title'])}`));
  // A UK-only network is not listed for the United States.
  await expect(page.getByRole('heading', { name: 'The Compassionate Friends (UK)' })).toBeHidden();
});

test('each checkbox says how many results it would give, and the counts follow the other filters', async ({ page }) => {
  await page.goto('/resources/');
  await openFacet(page, en['directory.facetKind']);
  const networks = page.getByLabel(option(en['resourceKind.group-network']));
  const label = page.locator('label').filter({ has: networks });
  const countIn = async () => Number(/\((\d+)\)$/.exec((await label.innerText()).trim())?.[1]);
  const whole = await countIn();
  expect(whole).toBe(await page.locator('.directory-entry[data-kind="group-network"]').count());
  await openFacet(page, en['directory.facetTopic']);
  await page.getByLabel(option(en['needTopic.grief'])).check();
  const forGrief = await countIn();
  expect(forGrief).toBeGreaterThan(0);
  expect(forGrief).toBeLessThan(whole);
  await networks.check();
  await expect(page.locator('.directory-entry:visible')).toHaveCount(forGrief);
});

test('the text box finds entries by their approach: "secular" lists SMART Recovery and Women for Sobriety', async ({
  page,
}) => {
  await page.goto('/resources/');
  await page.getByLabel(en['directory.filterText']).fill('secular');
  for (const name of [/^SMART Recovery/, /^Women for Sobriety/, /^LifeRing/]) {
    await expect(page.getByRole('heading', { name, level: 3 })).toBeVisible();
  }
});

test('when nothing matches, the page says what to take away, and each suggestion works', async ({ page }) => {
  await page.goto('/resources/?topic=caregiving&format=in-person&approach=faith-based');
  await expect(page.locator('.directory-entry:visible')).toHaveCount(0);
  await expect(page.getByText(en['directory.noMatch'])).toBeVisible();
  const remove = page.getByRole('button', { name: /^Remove / });
  expect(await remove.count()).toBeGreaterThan(0);
  const first = remove.first();
  const promised = Number(/\((\d+) results?\)$/.exec((await first.textContent()) ?? '')?.[1]);
  expect(promised).toBeGreaterThan(0);
  await first.click();
  await expect(page.locator('.directory-entry:visible')).toHaveCount(promised);
  await expect(page.getByText(en['directory.noMatch'])).toBeHidden();
  await expect(page.locator('[data-count]')).toBeFocused();
  // Clear the filters from the same block: the whole list is back.
  await page.goto('/resources/?topic=caregiving&format=in-person&approach=faith-based');
  await page.locator('[data-empty]').getByRole('button', { name: en['directory.clearFilters'] }).click();
  await expect(page).toHaveURL(/\/resources\/$/);
  expect(await page.locator('.directory-entry:visible').count()).toBeGreaterThan(40);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('results come first: a filtered link shows its first result in the first screen, the filters closed', async ({
    page,
  }) => {
    await page.goto('/resources/?topic=grief&region=US&format=in-person');
    const summary = page.locator('summary#filters-heading');
    await expect(summary).toHaveText(`${en['directory.filtersHeading']} (3 chosen)`);
    await expect(page.getByRole('form', { name: en['directory.filtersHeading'] })).toBeHidden();
    const first = page.locator('.directory-entry:visible').first().getByRole('link');
    await expect(first).toBeInViewport();
  });
  test('the filters open, and "Show results" closes them and goes to the count', async ({ page }) => {
    await page.goto('/resources/');
    await page.locator('summary#filters-heading').click();
    await openFacet(page, en['directory.facetTopic']);
    await page.getByLabel(option(en['needTopic.dementia'])).check();
    await page.getByRole('button', { name: en['directory.showResults'] }).click();
    await expect(page.getByRole('form', { name: en['directory.filtersHeading'] })).toBeHidden();
    await expect(page.locator('[data-count]')).toBeFocused();
    await expect(page.locator('.directory-entry:visible').first()).toBeInViewport();
  });
});

test('the plain pages and the directory with nothing matching pass axe in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of [
      '/resources/region/us/',
      '/resources/?topic=caregiving&format=in-person&approach=faith-based',
    ]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations.map((violation) => `${path}: ${violation.id}`)).toEqual([]);
    }
  }
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
  test('the page says filters need JavaScript and leads to a plain page per topic, kind and region', async ({
    page,
  }) => {
    await page.goto('/resources/?topic=grief');
    await page.getByRole('link', { name: /browse it by topic, kind or region/ }).click();
    const browse = page.getByRole('navigation', { name: en['directory.browseHeading'] });
    await expect(browse).toBeInViewport();
    await browse.getByRole('link', { name: en['needTopic.grief'], exact: true }).click();
    await expect(page).toHaveURL(/\/resources\/topic\/grief\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      formatMessage(en, 'directory.browseTitleTopic', { value: en['needTopic.grief'] }, 'en'),
    );
    const entries = page.locator('.directory-entry');
    expect(await entries.count()).toBeGreaterThan(3);
    for (const entry of await entries.all()) await expect(entry).toHaveAttribute('data-topic', /\bgrief\b/);
    await expect(
      page
        .getByRole('navigation', { name: en['directory.browseHeading'] })
        .getByRole('link', { name: en['needTopic.grief'], exact: true }),
    ).toHaveAttribute('aria-current', 'page');
  });
  test("a country's plain page lists the international networks too, and says how many", async ({ page }) => {
    await page.goto('/resources/region/us/');
    await expect(page.getByRole('heading', { name: 'GriefShare', level: 3 })).toBeVisible();
    await expect(page.locator('.lead')).toContainText(/This includes \d+ that work internationally\./);
    for (const entry of await page.locator('.directory-entry').all())
      await expect(entry).toHaveAttribute('data-region', /^(US|international)$/);
  });
});
