/**
 * /help-now/ on a phone (issue 14): someone in danger sees the danger message, the emergency
 * numbers and the list of countries first; each country link takes them to their country's
 * section; every way to reach a line is one large link, labelled once; all of it works without
 * JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import en from '../../src/translations/en';
import { countries } from '../../src/config/taxonomy';

/** The tallest header the first screen is planned around (the compact header, issue 14). */
const HEADER_BUDGET = 72;
const countryNames = countries.map((country) => en[`country.${country}`]);

/** How far down the page an element ends, and the header's height. */
async function bottomOf(page: Page, selector: string): Promise<{ bottom: number; header: number }> {
  return page.evaluate((target) => {
    const bottom = document.querySelector(target)?.getBoundingClientRect().bottom ?? Infinity;
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    return { bottom, header };
  }, selector);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    for (const width of [375, 320]) {
      test(`at ${width}×740 the danger message, an emergency number and the country list are in the first screen`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 740 });
        await page.goto('/help-now/');
        const danger = page.getByText(en['helpNow.danger']);
        const call911 = page.locator('.help-now-danger').getByRole('link', { name: 'Call 911' });
        const list = page.getByRole('navigation', { name: en['helpNow.countriesHeading'] });
        for (const element of [danger, call911, list]) await expect(element).toBeVisible();
        await expect(list.getByRole('link')).toHaveText(countryNames.toSorted((a, b) => a.localeCompare(b, 'en')));
        // Below a header within its budget (the header's own test holds it there), the whole list
        // ends inside 740 px: what this page puts under the header fits in 740 px less the budget.
        const { bottom, header } = await bottomOf(page, '.country-jump');
        expect(bottom - Math.max(header, HEADER_BUDGET)).toBeLessThanOrEqual(740 - HEADER_BUDGET);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      });
    }

    test('each country link moves focus and the view to its section, which begins with its emergency number', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto('/help-now/');
      const list = page.getByRole('navigation', { name: en['helpNow.countriesHeading'] });
      for (const name of countryNames) {
        await list.getByRole('link', { name, exact: true }).click();
        const heading = page.getByRole('heading', { level: 2, name, exact: true });
        await expect(heading).toBeFocused();
        await expect(heading).toBeInViewport();
        const section = page.getByRole('region', { name, exact: true });
        const first = section.locator('a[href^="tel:"]').first();
        await expect(first).toHaveClass(/contact-action-emergency/);
        await page.goto('/help-now/');
      }
    });
  });
}

test('crisis lines come before helplines in each country, and Canada and Ireland have the new lines', async ({
  page,
}) => {
  await page.goto('/help-now/');
  for (const name of [en['country.US'], en['country.UK'], en['country.IE'], en['country.CA']]) {
    const headings = await page
      .getByRole('region', { name, exact: true })
      .getByRole('heading', { level: 3 })
      .allTextContents();
    expect(headings[0], name).toBe(en['helpNow.emergencyHeading']);
    expect(headings.indexOf(en['helpNow.crisisLinesHeading']), name).toBe(1);
  }
  const canada = page.getByRole('region', { name: en['country.CA'], exact: true });
  await expect(canada.getByRole('link', { name: 'Call 9\u20118\u20118' })).toHaveAttribute('href', 'tel:988');
  await expect(canada.getByRole('link', { name: 'Text 9-8-8' })).toHaveAttribute('href', 'sms:988');
  const ireland = page.getByRole('region', { name: en['country.IE'], exact: true });
  await expect(ireland.getByRole('link', { name: 'Call 1800\u00a0111\u00a0888' })).toHaveAttribute(
    'href',
    'tel:1800111888',
  );
  await expect(ireland.getByRole('link', { name: 'Call 1800\u00a080\u00a070\u00a077' })).toHaveAttribute(
    'href',
    'tel:1800807077',
  );
});

test('every way to reach a line is a tap target at least 44 px tall whose text does not repeat its label', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/help-now/');
  const targets = page.locator('main .contact-action');
  expect(await targets.count()).toBeGreaterThan(30);
  const problems = await targets.evaluateAll((elements) =>
    elements.flatMap((element) => {
      const found: string[] = [];
      const text = element.textContent.replace(/\s+/g, ' ').trim();
      const { height } = element.getBoundingClientRect();
      if (height < 44) found.push(`"${text}" is ${height}px tall`);
      const about = element.parentElement?.querySelector('.contact-about')?.textContent.replace(/\s+/g, ' ').trim();
      // The label is said once, beside the link: neither contains the other.
      if (about && (text.includes(about) || about.startsWith(text))) found.push(`"${text}" repeats "${about}"`);
      return found;
    }),
  );
  expect(problems).toEqual([]);
  await expect(page.getByRole('link', { name: /Call 988:|Call 988;/ })).toHaveCount(0);
});

test('the country links stay 44 px tall and show the focus', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto('/help-now/');
  const links = page.getByRole('navigation', { name: en['helpNow.countriesHeading'] }).getByRole('link');
  for (const link of await links.all()) expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await links.first().focus();
  await expect(links.first()).toHaveCSS('outline-style', 'solid');
});
