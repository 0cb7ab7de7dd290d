/**
 * The privacy promise, checked on every sitemap URL: every request stays on the site's own
 * origin, no cookie is set, and the content security policy reports no violation.
 */
import { expect, test } from '@playwright/test';
import { readSitemapPaths } from '../support/read-dist';

for (const path of [...readSitemapPaths(), '/404.html']) {
  test(`${path} makes no request to another origin and sets no cookie`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(path, { waitUntil: 'networkidle' });
    // Use the page a little: the theme toggle is the one interactive part on every page.
    await page.getByRole('button', { name: 'Dark theme' }).click();

    const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    expect(elsewhere).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    // 404.html is served with status 404, which Chromium logs as a console error; nothing else may be.
    expect(problems.filter((text) => !(path === '/404.html' && text.includes('status of 404')))).toEqual([]);
  });
}

test('searching, in the dialog and on /search/, sends nothing anywhere and stores nothing', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/learn/empowerment/', { waitUntil: 'networkidle' });
  const storedBefore = await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage));
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search Common Ground' });
  await dialog.getByLabel('Search for').pressSequentially('grief group');
  await expect(dialog.getByRole('status')).toHaveText(/results? for “grief group”/);
  await dialog.getByLabel(/^Article \(\d+\)$/).check();
  await page.goto('/search/?q=peer%20support', { waitUntil: 'networkidle' });
  await expect(page.getByRole('status')).toHaveText(/results? for “peer support”/);

  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  // The query travels only in our own URLs (the dialog's fetches name index chunks, not words).
  expect(requests.filter((url) => url.includes('grief'))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage))).toBe(storedBefore);
});
