/** The shell's journeys, by mouse and by keyboard alone: the header (Help now, the Menu, the theme switch) and more. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';

/** The sections the header's navigation reaches, with each one's heading. */
const sections = [
  ['Learn', 'Learn about self-help groups'],
  ['Find your fit', 'Find a group that fits you'],
  ['Organize', 'Start or run a self-help group'],
  ['Resources', 'Organizations and helplines'],
] as const;

test('on a wide screen the header navigation shows inline and reaches every section; Search opens the dialog', async ({
  page,
}) => {
  await page.goto('/');
  // Inline: no Menu control, the links are there without opening anything.
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [name, heading] of sections) {
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

test('every width has a Help now link in the header, current on the help page', async ({ page }) => {
  for (const width of [1280, 375, 320]) {
    await page.setViewportSize({ width, height: 740 });
    await page.goto('/groups/twelve-step-fellowships/');
    const help = page.getByRole('banner').getByRole('link', { name: 'Help now' });
    await expect(help).toBeInViewport();
    await help.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Need help now?');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Help now' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the Menu button shows and hides the navigation, which reaches every section', async ({ page }) => {
    for (const [name, heading] of sections) {
      await page.goto('/');
      const menu = page.getByRole('button', { name: 'Menu' });
      const nav = page.getByRole('navigation', { name: 'Main', includeHidden: true });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(nav).toBeHidden();
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      // aria-controls names the panel that holds the navigation.
      const panel = page.locator(`#${await menu.getAttribute('aria-controls')}`);
      await expect(panel.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await nav.getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    }
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('navigation', { name: 'Main', includeHidden: true })).toBeHidden();
  });

  test('Search in the menu opens the search dialog', async ({ page }) => {
    await page.goto('/learn/');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Search Common Ground' })).toBeVisible();
  });

  test('by keyboard: Enter opens the menu, Tab reaches its links, Escape closes it and returns focus', async ({
    page,
  }) => {
    await page.goto('/about/');
    const menu = page.getByRole('button', { name: 'Menu' });
    // Skip link, site name, Help now, then Menu.
    for (let presses = 0; presses < 6 && !(await menu.evaluate((el) => el === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    const learn = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' });
    await expect(learn).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeFocused();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(learn).toBeHidden();
    await page.keyboard.press('Space');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/learn\/$/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the open menu has no axe violations (${colorScheme} theme)`, async ({ page }) => {
      // accessibility.spec.ts checks every page at desktop width, where the menu is inline; this is the phone's panel.
      await page.emulateMedia({ colorScheme });
      await page.goto('/groups/twelve-step-fellowships/');
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .include('header')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);
    });
  }

  test('the theme switch is in the menu, a full 44 px target', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(toggle).toBeVisible();
    const box = await toggle.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
  });
});

/** The switch's knob: which side of the track is painted (the left in the light theme, the right in the dark). */
function knobSide(toggle: Locator) {
  return toggle.locator('.theme-switch').evaluate((track) => {
    const painted = (pseudo: string) => getComputedStyle(track, pseudo).backgroundColor !== 'rgba(0, 0, 0, 0)';
    return { left: painted('::before'), right: painted('::after') };
  });
}

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

test('the theme toggle switches theme, shows the state, is remembered, and never flashes the wrong theme', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/about/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await knobSide(toggle)).toEqual({ left: true, right: false });
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await knobSide(toggle)).toEqual({ left: false, right: true });
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
  expect(await knobSide(page.getByRole('button', { name: 'Dark theme' }))).toEqual({ left: true, right: false });
});

test('with the system in dark mode and no choice saved, the switch shows dark on and turns it off', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await knobSide(toggle)).toEqual({ left: false, right: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await knobSide(toggle)).toEqual({ left: true, right: false });
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

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 740 } });
    test('the Menu is a disclosure that opens and closes by touch and by keyboard, and its links work', async ({
      page,
    }) => {
      await page.goto('/');
      // The script's button is not shown; the <summary> (no ARIA role of its own in Playwright) is.
      await expect(page.getByRole('button', { name: 'Menu', includeHidden: true })).toBeHidden();
      const summary = page.getByRole('banner').locator('summary', { hasText: 'Menu' });
      const nav = page.getByRole('navigation', { name: 'Main', includeHidden: true });
      await expect(summary).toBeVisible();
      await expect(nav).toBeHidden();
      await summary.click();
      await expect(nav).toBeVisible();
      await summary.click();
      await expect(nav).toBeHidden();
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(nav).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link', { name: 'Learn' })).toBeFocused();
      await nav.getByRole('link', { name: 'Organize' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start or run a self-help group');
    });
  });

  test('on a wide screen the navigation shows inline with no Menu control', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner').locator('summary', { hasText: 'Menu' })).toBeHidden();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resources' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organizations and helplines');
  });
});

test.describe('the header stays one short row', () => {
  // The targets: at most 72 px on a phone, and a quarter of the screen at 200% zoom (640 × 400 CSS px).
  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
      test.use({ javaScriptEnabled });
      for (const [width, height, limit] of [
        [375, 740, 72],
        [320, 740, 72],
        [640, 400, 100],
      ] as const) {
        test(`at ${width} × ${height} px it is at most ${limit} px tall`, async ({ page }) => {
          await page.setViewportSize({ width, height });
          for (const path of ['/', '/learn/what-is-a-self-help-group/', '/groups/twelve-step-fellowships/']) {
            await page.goto(path);
            const box = await page.getByRole('banner').boundingBox();
            expect(box?.height, path).toBeLessThanOrEqual(limit);
            expect(box?.height, path).toBeGreaterThan(0);
            const overflow = await page
              .getByRole('banner')
              .evaluate((header) => header.scrollWidth - header.clientWidth);
            expect(overflow, path).toBeLessThanOrEqual(0);
          }
        });
      }
    });
  }
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
