/**
 * The home page on a phone (its search box and the help-now door in the first screen, the box
 * working with and without JavaScript) and glossary words that open their definition in place,
 * by tap and by keyboard, at 320 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import en from '../../src/translations/en';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
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

// The article's own title, so a renamed article changes the link and this test together.
const FIRST_MEETING =
  /^title: '(.+)'$/m.exec(readFileSync('content/articles/your-first-meeting.mdx', 'utf8'))?.[1] ?? '';

test('under the doors, a line leads to what happens at a first meeting (issue 15)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto('/');
  const main = page.getByRole('main');
  const link = main.getByRole('link', { name: FIRST_MEETING, exact: true });
  await expect(link).toHaveAttribute('href', '/learn/your-first-meeting/');
  // After the last door, so the first screen stays as the tests above measure it.
  const lastDoor = (await main.locator('.home-door').last().boundingBox()) ?? { y: Infinity, height: 0 };
  const box = (await link.boundingBox()) ?? { y: 0, height: 0 };
  expect(box.y).toBeGreaterThan(lastDoor.y + lastDoor.height);
  // Each line of the link, where it wraps, is a 44px-high target (WCAG 2.5.5).
  const lineHeights = await link.evaluate((element) => [...element.getClientRects()].map((rect) => rect.height));
  expect(Math.min(...lineHeights)).toBeGreaterThanOrEqual(44);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIRST_MEETING);
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

// ── Glossary words ──
const ARTICLE = '/learn/what-is-a-self-help-group/';
const definitionText =
  /^definition: "(.+)"$/m.exec(readFileSync('content/glossary/mutual-aid.yaml', 'utf8'))?.[1] ?? '';
const word = (page: Page) => page.getByRole('button', { name: 'mutual aid', exact: true });
const definitionOf = async (page: Page) => page.locator(`#${(await word(page).getAttribute('aria-controls')) ?? ''}`);

test.describe('glossary words at 320×740', () => {
  test.use({ viewport: { width: 320, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens the definition in place, on screen and within the width; a tap elsewhere closes it', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const definition = await definitionOf(page);
    await expect(definition).toBeHidden();
    await word(page).tap();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
    await expect(definition).toBeVisible();
    await expect(definition).toContainText(definitionText);
    await expect(definition).toBeInViewport({ ratio: 1 });
    const box = await definition.boundingBox();
    expect(box?.x).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
    await expect(word(page)).toHaveAttribute('aria-expanded', 'true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(definition).toBeHidden();
    await expect(word(page)).toHaveAttribute('aria-expanded', 'false');
  });

  test('the definition links to the glossary, and its Close button closes it', async ({ page }) => {
    await page.goto(ARTICLE);
    const definition = await definitionOf(page);
    await word(page).tap();
    await expect(definition.getByRole('link', { name: en['term.glossaryLink'] })).toHaveAttribute(
      'href',
      '/glossary/#mutual-aid',
    );
    await definition.getByRole('button', { name: en['term.close'] }).tap();
    await expect(definition).toBeHidden();
  });

  test('by keyboard: the word describes itself, Enter and Space open, Tab goes in, Escape closes', async ({ page }) => {
    await page.goto(ARTICLE);
    const definition = await definitionOf(page);
    await word(page).focus();
    await expect(word(page)).toHaveAccessibleDescription(definitionText);
    await page.keyboard.press('Enter');
    await expect(definition).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(definition).toBeHidden();
    await expect(word(page)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(definition).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(definition.getByRole('link', { name: en['term.glossaryLink'] })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(definition).toBeHidden();
    await expect(word(page)).toBeFocused();
  });

  test('an open definition has no axe violations, in both themes', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(ARTICLE);
      await word(page).tap();
      await expect(await definitionOf(page)).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations.map((violation) => `${colorScheme}: ${violation.id}`)).toEqual([]);
    }
  });
});

test.describe('glossary words without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 740 } });
  test('still open in place, as popovers', async ({ page }) => {
    await page.goto(ARTICLE);
    const definition = await definitionOf(page);
    await word(page).click();
    await expect(definition).toBeVisible();
    await expect(definition).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Escape');
    await expect(definition).toBeHidden();
  });
});

test('in a browser without popovers, a glossary word is the link to its entry', async ({ page }) => {
  await page.addInitScript(() => {
    delete (HTMLElement.prototype as Partial<HTMLElement>).popover;
  });
  await page.goto(ARTICLE);
  await expect(word(page)).toHaveCount(0);
  const link = page.getByRole('link', { name: 'mutual aid', exact: true });
  await expect(link).toHaveAccessibleDescription(definitionText);
  await link.click();
  await expect(page).toHaveURL(/\/glossary\/#mutual-aid$/);
});
