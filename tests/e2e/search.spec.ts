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

/** A catalogue message with its {{placeholders}} filled, as the page shows it. */
const fill = (message: string, values: Record<string, string>) =>
  message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
const NEXT_STEPS = [
  en['search.nextStepsQuiz'],
  en['search.nextStepsDirectory'],
  en['search.nextStepsHelpNow'],
  en['search.nextStepsAll'],
];

test.describe('forgiving search (issue 17)', () => {
  test('a misspelling is searched as the word the site uses, and the status says so', async ({ page }) => {
    await page.goto('/');
    const dialog = await openByClick(page);
    await dialog.getByLabel(SEARCH_FOR).fill('sucide');
    await expect(dialog.getByRole('status')).toContainText(
      fill(en['search.corrected'], { typed: 'sucide', suggestion: 'suicide' }),
    );
    // The count names the word searched, not the one no page has.
    await expect(dialog.getByRole('status')).toHaveText(/ \d+ results? for “suicide”\.$/);
    await expect(dialog.locator('.search-results mark').first()).toHaveText(/^suicide/i);
  });

  test('a sentence with a word no page has shows pages for the other words, and says so', async ({ page }) => {
    await page.goto('/search/?q=grief%20xylophone');
    const status = page.locator('site-search').getByRole('status');
    const [before = '', after = ''] = en['search.resultsSomeWords_other'].split('{{count}}');
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(status).toHaveText(new RegExp(`^${escape(before)}\\d+${escape(after)}$`));
    await expect(page.locator('site-search .search-results a').first()).toBeVisible();
    await expect(page.locator('site-search').getByRole('link', { name: en['search.nextStepsQuiz'] })).toBeHidden();
  });

  test('when nothing matches, the next steps are offered in the dialog and on the search page', async ({ page }) => {
    await page.goto('/about/');
    const dialog = await openByClick(page);
    await dialog.getByLabel(SEARCH_FOR).fill('xylophone');
    await expect(dialog.getByRole('status')).toHaveText(fill(en['search.noResults'], { query: 'xylophone' }));
    for (const name of NEXT_STEPS) await expect(dialog.getByRole('link', { name })).toBeVisible();
    await dialog.getByRole('link', { name: en['search.nextStepsAll'] }).click();
    await expect(page).toHaveURL(/\/search\/#a-to-z$/);
    await expect(page.getByRole('heading', { name: en['search.aToZHeading'] })).toBeInViewport();

    await page.goto('/search/?q=xylophone');
    const search = page.locator('site-search');
    await expect(search.getByRole('status')).toHaveText(fill(en['search.noResults'], { query: 'xylophone' }));
    for (const name of NEXT_STEPS) await expect(search.getByRole('link', { name })).toBeVisible();
    await expect(search.getByRole('button', { name: en['search.showMore'] })).toBeHidden();
  });

  test('"Show more results" shows only when there are more than five', async ({ page }) => {
    await page.goto('/search/?q=Gamblers');
    const search = page.locator('site-search');
    await expect(search.getByRole('status')).toHaveText(countFor('Gamblers'));
    const total = Number(/(\d+)/.exec((await search.getByRole('status').textContent()) ?? '')?.[1]);
    expect(total, 'a query with five results or fewer (choose another if the site grows)').toBeLessThanOrEqual(5);
    await expect(search.locator('.search-results a')).toHaveCount(total);
    await expect(search.getByRole('button', { name: en['search.showMore'] })).toBeHidden();
  });

  test('the search page with next steps and the A to Z passes axe', async ({ page }) => {
    await page.goto('/search/?q=xylophone');
    await expect(page.locator('site-search').getByRole('link', { name: en['search.nextStepsQuiz'] })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(TAGS)
      .options({ resultTypes: ['violations'] })
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

test.describe('the search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lists every page A to Z, reached from the note and by keyboard', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('link', { name: 'A to Z', exact: true }).click();
    await expect(page).toHaveURL(/#a-to-z$/);
    const aToZ = page.getByRole('region', { name: en['search.aToZHeading'] });
    await expect(aToZ).toBeInViewport();
    const letters = aToZ.getByRole('navigation', { name: en['search.aToZLetters'] }).getByRole('link');
    expect(await letters.count()).toBeGreaterThan(10);
    // Every kind of page is there: an article, a kind of group, an organization and a guide.
    for (const href of [
      '/learn/your-first-meeting/',
      '/groups/twelve-step-fellowships/',
      '/resources/lifering/',
      '/organize/start-a-group/',
    ]) {
      await expect(aToZ.locator(`a[href="${href}"]`)).toHaveCount(1);
    }
    // A letter is a keyboard stop that moves to its part of the list.
    await letters.filter({ hasText: /^S$/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#a-to-z-s$/);
    await expect(aToZ.getByRole('heading', { name: 'S', exact: true })).toBeInViewport();
  });
});
