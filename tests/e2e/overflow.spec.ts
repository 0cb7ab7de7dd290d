/**
 * Nothing scrolls sideways on the pages that did (issue 14: the share QR figure on every group
 * page, the handouts, an article's table, open data's long addresses), the groups table scrolls
 * inside its own box and says so, and a QR code shows only where it can be scanned from.
 */
import { expect, test, type Page } from '@playwright/test';
import en from '../../src/translations/en';
import { readSitemapPaths } from '../support/read-dist';

const fixed = readSitemapPaths().filter((path) =>
  /^\/(groups\/[^/]+|organize\/(first-meeting-checklist|flyer-template|ground-rules-card|meeting-format-template)|learn\/empowerment|open-data)\/$/.test(
    path,
  ),
);

/** How far the page can scroll sideways, in CSS pixels. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('the pages that scrolled sideways are all here', () => {
  expect(fixed.length).toBeGreaterThanOrEqual(16);
});

for (const [width, height] of [
  [320, 740],
  [375, 740],
  [640, 400], // 1280 × 800 at 200% zoom
] as const) {
  test.describe(`at ${width} × ${height}`, () => {
    test.use({ viewport: { width, height } });
    for (const path of fixed) {
      test(`${path} does not scroll sideways`, async ({ page }) => {
        await page.goto(path);
        expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
      });
    }
  });
}

test.describe('the kinds-of-groups table', () => {
  const hint = (page: Page) => page.getByText(en['groups.tableScrollHint']);
  const region = (page: Page) => page.getByRole('region', { name: en['groups.tableCaption'] });

  test('on a phone it scrolls in its box, says so, and scrolls by keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 740 });
    await page.goto('/groups/');
    await expect(hint(page)).toBeVisible();
    const box = region(page);
    const widths = await box.evaluate((element) => [element.scrollWidth, element.clientWidth]);
    expect(widths[0]).toBeGreaterThan(widths[1] ?? 0);
    // Keyboard alone: Tab from the link just before it reaches the box, its focus shows, arrows scroll it.
    await page.locator('main p:has(+ .compare) a').last().focus();
    await page.keyboard.press('Tab');
    await expect(box).toBeFocused();
    expect(await box.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });

  test('on a wide screen the whole table shows and the hint does not', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/groups/');
    await expect(region(page)).toBeVisible();
    await expect(hint(page)).toBeHidden();
    const widths = await region(page).evaluate((element) => [element.scrollWidth, element.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
  });
});

test.describe('QR codes', () => {
  const path = '/groups/grief-and-loss-groups/';
  const code = (page: Page) => page.getByRole('img', { name: /^QR code for / });

  test('a phone gets the address as a link instead of a code', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(path);
    await expect(code(page)).toBeHidden();
    const link = page.locator('.qr-address a');
    await expect(link).toBeVisible();
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+${path}$`));
    expect(await link.textContent()).toBe(await link.getAttribute('href'));
  });

  test('printed, even from a phone, the code shows', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(code(page)).toBeVisible();
    await expect(page.locator('.qr-address')).toBeHidden();
  });

  test('a wide screen shows the code to scan with another device', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    await expect(code(page)).toBeVisible();
    await expect(page.locator('.qr-address')).toBeHidden();
  });
});
