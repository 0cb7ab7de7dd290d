/** The reading experience: glossary terms, numbered citations, contents and the reading path. */
import { expect, test } from '@playwright/test';

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

test('a topic page lists its articles', async ({ page }) => {
  await page.goto('/learn/');
  await page.getByRole('link', { name: 'The basics' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The basics');
  await expect(page.getByRole('link', { name: 'What is a self-help group?' })).toBeVisible();
});
