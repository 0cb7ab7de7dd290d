/**
 * The home page on a phone: its search box and the help-now door in the first screen, the box
 * working with and without JavaScript, and a door for every task.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import en from '../../src/translations/en';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: en['search.pageLabel'] });
const helpNowDoor = (page: Page) =>
  page.getByRole('main').getByRole('link', { name: en['home.helpNowTitle'], exact: true });

/** The part of `locator` that lies below the first screen of `page`, in px (0: all of it is on screen). */
async function belowFirstScreen(page: Page, locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return Math.max(0, box.y + box.height - (page.viewportSize()?.height ?? 0));
}

for (const width of [375, 320]) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`at ${width}×740, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
      test.use({ viewport: { width, height: 740 }, javaScriptEnabled });
      test('the search box and the help-now door are in the first screen', async ({ page }) => {
        await page.goto('/');
        expect(await belowFirstScreen(page, searchBox(page))).toBe(0);
        expect(await belowFirstScreen(page, page.getByRole('button', { name: en['search.submit'] }))).toBe(0);
        expect(await belowFirstScreen(page, helpNowDoor(page))).toBe(0);
        await expect(helpNowDoor(page)).toHaveAttribute('href', '/help-now/');
      });
    });
  }
}

test('every task has its door, and each door goes where it says', async ({ page }) => {
  await page.goto('/');
  const main = page.getByRole('main');
  for (const [title, href, heading] of [
    [en['home.helpNowTitle'], '/help-now/', en['helpNow.title']],
    [en['home.learnTitle'], '/learn/', en['learn.title']],
    [en['home.resourcesTitle'], '/resources/', en['directory.title']],
    [en['home.groupsTitle'], '/groups/', en['groups.title']],
    [en['home.organizeTitle'], '/organize/', en['organize.title']],
  ] as const) {
    await main.getByRole('heading', { level: 2, name: title }).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.goBack();
  }
  await expect(main.getByRole('link', { name: en['home.quizTitle'] })).toHaveAttribute('href', '/find-your-fit/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home search box is a plain form that lands on /search/?q=…', async ({ page }) => {
    await page.goto('/');
    await searchBox(page).fill('peer support');
    await searchBox(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=peer\+support$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      en['search.heading'].replace('{{siteName}}', en['site.name']),
    );
  });
});

test('with JavaScript, a query typed on the home page shows its results on the search page', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).pressSequentially('grief');
  await page.getByRole('main').getByRole('button', { name: en['search.submit'] }).click();
  await expect(page).toHaveURL(/\/search\/\?q=grief$/);
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “grief”\.$/);
  await expect(page.locator('.search-results li a').first()).toBeVisible();
  await expect(searchBox(page)).toHaveValue('grief');
});
