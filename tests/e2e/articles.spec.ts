/** The reading experience: glossary terms, numbered citations, contents and the reading path. */
import { expect, test, type Page } from '@playwright/test';

test('a glossary term opens its definition in place by keyboard, and Escape closes it', async ({ page }) => {
  await page.goto('/learn/experiential-knowledge/');
  const term = page.locator('.term .term-button').first();
  const definition = page.locator('.term .term-definition').first();
  await expect(definition).toBeHidden();
  await term.focus();
  await expect(term).toHaveAccessibleDescription(/\w{10,}/);
  await term.press('Enter');
  await expect(definition).toBeVisible();
  await expect(page).toHaveURL(/\/learn\/experiential-knowledge\/$/);
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await expect(term).toBeFocused();
  await term.press('Enter');
  await definition.getByRole('link').click();
  await expect(page).toHaveURL(/\/glossary\/#[a-z-]+$/);
});

test('a numbered citation leads to its note, and the note leads back', async ({ page }) => {
  await page.goto('/learn/self-help-in-numbers/');
  const citation = page.locator('sup.cite a').first();
  await expect(citation).toHaveText('[1]');
  await expect(citation).toHaveAccessibleName(/^Source 1: /);
  await citation.click();
  await expect(page).toHaveURL(/#note-1$/);
  const note = page.locator('#note-1');
  await expect(note).toBeInViewport();
  await note.getByRole('link', { name: 'Back to where source 1 is cited' }).click();
  await expect(page).toHaveURL(/#cite-1-1$/);
});

test('the contents list and the reading path move through the article and the path', async ({ page }) => {
  await page.goto('/learn/peer-led-or-professional-led/');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  const firstLink = contents.getByRole('link').first();
  const target = (await firstLink.getAttribute('href')) ?? '';
  await firstLink.click();
  await expect(page.locator(target)).toBeInViewport();
  const path = page.getByRole('navigation', { name: 'Reading path' });
  await path.getByRole('link', { name: /Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Experiential knowledge');
});

test('the Learn page groups the articles by part of the reading path, in reading order', async ({ page }) => {
  await page.goto('/learn/');
  const parts = page.getByRole('heading', { level: 2 });
  await expect(parts).toHaveText(['Start here', 'How groups work', 'How groups can help', 'Taking part']);
  const start = page.getByRole('region', { name: 'Start here' });
  await expect(start.getByRole('heading', { level: 3 }).first()).toHaveText('What is a self-help group?');
  // The cards, read top to bottom, follow the reading path: each one's "Next" is the card after it.
  const titles = await page.getByRole('heading', { level: 3 }).allTextContents();
  expect(titles.length).toBeGreaterThan(3);
  await page.getByRole('link', { name: titles[0] ?? '' }).click();
  for (const title of titles.slice(1)) {
    await page.getByRole('navigation', { name: 'Reading path' }).getByRole('link', { name: /Next/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
});

/** The tallest the header may be on a phone (issue 14's budget for the site header). */
const HEADER_BUDGET = 72;

/**
 * Where the page's title and summary sit, measured from the header's bottom, so the page's own
 * part is checked whatever the header does (first-screen.spec.ts holds the header to its budget).
 */
async function measureOpening(page: Page, href: string): Promise<{ titleOffset: number; summaryBottom: number }> {
  const header = await page.locator('header').first().boundingBox();
  const headerBottom = header ? header.y + header.height : 0;
  const h1 = await page.getByRole('heading', { level: 1 }).boundingBox();
  const summary = await page.locator('main .lead').boundingBox();
  if (!h1 || !summary) throw new Error(`${href}: no title or summary`);
  return { titleOffset: h1.y - headerBottom, summaryBottom: summary.y + summary.height - headerBottom };
}

for (const width of [375, 320]) {
  test(`at ${width} × 740 every article opens with its title, summary and a closed contents list`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 740 } });
    const page = await context.newPage();
    await page.goto('/learn/');
    const hrefs = await page
      .locator('main .card h3 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      await page.goto(href);
      const { titleOffset, summaryBottom } = await measureOpening(page, href);
      const header = await page.locator('header').first().boundingBox();
      const headerBottom = header ? header.y + header.height : 0;
      const contents = page.getByRole('navigation', { name: 'On this page' });
      const toggle = contents.locator('summary');
      const control = await toggle.boundingBox();
      if (!control) throw new Error(`${href}: no contents control`);
      // With the header within its budget, these bottom edges are inside 740 px.
      expect(titleOffset, `${href}: title offset`).toBeLessThanOrEqual(200);
      const firstScreen = 740 - HEADER_BUDGET;
      expect(summaryBottom, `${href}: summary`).toBeLessThanOrEqual(firstScreen);
      expect(control.y + control.height - headerBottom, `${href}: contents control`).toBeLessThanOrEqual(firstScreen);
      expect(control.height, `${href}: contents control target`).toBeGreaterThanOrEqual(44);
      // Collapsed: no link of the list is rendered until the reader opens it.
      await expect(contents.locator('details')).not.toHaveAttribute('open');
      await expect(contents.getByRole('link')).toHaveCount(0);
      await expect(toggle).toHaveText('On this page');
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        `${href}: sideways scroll`,
      ).toBeLessThanOrEqual(width);
    }
    await context.close();
  });
}

for (const width of [375, 320]) {
  test(`at ${width} × 740 every kind of group opens with its title and summary, and no search keywords`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 740 } });
    const page = await context.newPage();
    await page.goto('/groups/');
    const hrefs = [
      ...new Set(
        await page
          .locator('main a[href^="/groups/"]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')),
      ),
    ].filter((href) => href !== '/groups/');
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) {
      await page.goto(href);
      const { titleOffset, summaryBottom } = await measureOpening(page, href);
      expect(titleOffset, `${href}: title offset`).toBeLessThanOrEqual(200);
      expect(summaryBottom, `${href}: summary`).toBeLessThanOrEqual(740 - HEADER_BUDGET);
      await expect(page.getByText(/Also searched for as/)).toHaveCount(0);
      await expect(page.getByRole('heading', { name: /How researchers classify/ })).toHaveCount(0);
    }
    await context.close();
  });
}

test('on a phone the contents list opens and closes by keyboard, and its links lead to the sections', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 740 } });
  const page = await context.newPage();
  await page.goto('/learn/what-is-a-self-help-group/');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  const toggle = contents.locator('summary');
  const firstLink = contents.getByRole('link').first();
  await page.getByRole('heading', { level: 1 }).click();
  for (
    let presses = 0;
    presses < 40 && !(await toggle.evaluate((node) => node === document.activeElement));
    presses += 1
  )
    await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await expect(firstLink).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(firstLink).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(firstLink).toBeFocused();
  const target = (await firstLink.getAttribute('href')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.locator(target)).toBeInViewport();
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(firstLink).toBeHidden();
  await context.close();
});

test('on a wide screen the contents are an open list beside the text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/learn/what-is-a-self-help-group/');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await expect(contents.getByRole('link').first()).toBeVisible();
  const box = await contents.boundingBox();
  const title = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect((box?.x ?? 0) > (title?.x ?? 0) + 400).toBe(true);
  // One list per width: the collapsed copy is not in the accessibility tree.
  await expect(contents.getByRole('link', { name: 'Many names, one idea' })).toHaveCount(1);
});
