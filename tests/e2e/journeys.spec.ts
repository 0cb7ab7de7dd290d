/** The shell's journeys, by mouse and by keyboard alone. */
import { expect, test } from '@playwright/test';

test('the header navigation reaches every section, and Search opens the search dialog', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [name, heading] of [
    ['Learn', 'Learn about self-help groups'],
    ['Find your fit', 'Find a group that fits you'],
    ['Organize', 'Start or run a self-help group'],
    ['Resources', 'Organizations and helplines'],
  ] as const) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }
  const search = nav.getByRole('link', { name: 'Search', exact: true });
  // Without JavaScript this link is the way to /search/; with it, the link opens the dialog.
  await expect(search).toHaveAttribute('href', '/search/');
  await search.click();
  await expect(page.getByRole('dialog', { name: 'Search Common Ground' })).toBeVisible();
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/learn/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('main a').first()).toBeFocused();
});

test('a keyboard-only reader can go from home to an article and to help now', async ({ page }) => {
  await page.goto('/');
  const learn = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' });
  for (let presses = 0; presses < 10 && !(await learn.evaluate((el) => el === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(learn).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/learn\/$/);
  await page.getByRole('link', { name: 'What is a self-help group?' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is a self-help group?');
  await expect(page.getByText('Last reviewed')).toBeVisible();
  await page.getByRole('link', { name: 'crisis lines you can call or text now' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Need help now?');
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
});

test('the theme toggle switches theme, is remembered, and never flashes the wrong theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/about/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).not.toBe(lightBackground);

  // On the next page the saved theme must already be set when the first byte of <body> is parsed.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') {
        (window as unknown as { themeAtParse: string | null }).themeAtParse =
          document.documentElement.getAttribute('data-theme');
      }
    });
  });
  await page.goto('/learn/');
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string | null }).themeAtParse)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the theme toggle, which could not work, is not shown', async ({ page }) => {
    await page.goto('/about/');
    // includeHidden finds the button even when hidden, so the check below cannot pass on an absent one.
    const toggle = page.getByRole('button', { name: 'Dark theme', includeHidden: true });
    await expect(toggle).toHaveCount(1);
    await expect(toggle).toBeHidden();
  });
});

test('an unknown address shows a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'search the site' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See crisis lines you can call or text' })).toBeVisible();
});

test('the site works at 320 px wide with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/help-now/', '/groups/', '/resources/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test.describe('on a phone, nothing moves as the scripts start', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  // Buttons that need JavaScript (theme, print, copy) show from the first paint via `.js-only`;
  // one that appeared when its script ran would push the page down under a reader's thumb.
  for (const path of [
    '/',
    '/learn/what-is-a-self-help-group/',
    '/find-your-fit/',
    '/resources/',
    '/organize/flyer-template/',
  ]) {
    test(`${path} has no layout shift while it loads`, async ({ page }) => {
      await page.goto(path, { waitUntil: 'load' });
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            // Buffered entries include every shift since navigation began.
            new PerformanceObserver((list) => {
              const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
              resolve(entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0));
            }).observe({ type: 'layout-shift', buffered: true });
            // With no shift at all the observer never fires: a frame later, none has happened.
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                resolve(0);
              }),
            );
          }),
      );
      expect(shift).toBe(0);
    });
  }
});
