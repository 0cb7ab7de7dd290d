/** Every printable handout fits on exactly one page of A4 and of US Letter. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { distDir, readDist } from '../support/read-dist';

const handouts = readdirSync(join(distDir, 'organize'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `organize/${entry.name}/index.html`)
  .filter((file) => readDist(file).includes('class="handout"'))
  .map((file) => `/${file.replace(/index\.html$/, '')}`);

test('there are handouts to print', () => {
  expect(handouts.length).toBeGreaterThanOrEqual(4);
});

for (const path of handouts) {
  for (const format of ['A4', 'Letter'] as const) {
    test(`${path} prints on one ${format} page with its QR code`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.handout .qr-code svg')).toBeVisible();
      const pdf = (await page.pdf({ format, printBackground: false })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length, `${path} printed on ${pages.length} ${format} pages`).toBe(1);
    });
  }
}

test('printed from a phone, a handout still fits one page with its QR code, which the phone screen does not show', async ({
  page,
}) => {
  const [path = ''] = handouts;
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(path);
  await expect(page.locator('.handout .qr-code svg')).toBeHidden();
  await expect(page.locator('.handout .qr-address a')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.handout .qr-code svg')).toBeVisible();
  await expect(page.locator('.handout .qr-address')).toBeHidden();
  const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
});

test('in print, an article keeps its text and drops the site navigation', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/learn/empowerment/');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return [style.color, style.backgroundColor];
  });
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
});
