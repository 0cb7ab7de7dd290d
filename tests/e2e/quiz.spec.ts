/** "Find your fit": by keyboard, with errors, Back, sharing, tampering, privacy, axe and no JavaScript. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readQuizPrompts, readQuizQuestions } from '../support/read-quiz';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PROMPTS = readQuizPrompts();
/** How many questions content/quiz holds: a new question file changes it, and every test follows. */
const QUESTIONS = PROMPTS.length;

/** Question `number`'s prompt, found as a person finds it: the group named "Question n of N", then its words. */
function prompt(page: Page, number: number) {
  return page
    .getByRole('group', { name: `Question ${number} of ${QUESTIONS}` })
    .getByText(PROMPTS[number - 1] ?? '', { exact: true });
}

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

/** Answers the current question by keyboard: Tab to the radio group, arrow down `moves` times, Enter. */
async function answerByKeyboard(page: Page, moves: number) {
  const group = page.locator('fieldset:not([hidden])');
  await group.locator('input').first().focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < moves; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

test('a person completes the quiz by keyboard alone and gets three explained suggestions', async ({ page }) => {
  await page.goto('/find-your-fit/');
  await expect(page.getByText(`Question 1 of ${QUESTIONS}`)).toBeVisible();
  // On arrival the island leaves focus where the page put it, so a screen reader starts at the top.
  // It hides Back on the first question: once Back is hidden, the island has run.
  await expect(page.getByRole('button', { name: 'Back' })).toBeHidden();
  await expect(prompt(page, 1)).toBeVisible();
  await expect(page.locator('body'), 'the first question does not take focus on arrival').toBeFocused();
  for (let step = 0; step < QUESTIONS; step += 1) {
    await expect(page.getByText(`Question ${step + 1} of ${QUESTIONS}`)).toBeVisible();
    // Each later question takes focus, so its prompt is read out as it appears.
    if (step > 0) await expect(prompt(page, step + 1), `focus moves to question ${step + 1}`).toBeFocused();
    await answerByKeyboard(page, 1);
  }
  const results = page.getByRole('heading', { name: 'Kinds of group that might suit you' });
  await expect(results).toBeVisible();
  await expect(results).toBeFocused();
  const cards = page.locator('[data-result]:not([hidden])');
  await expect(cards).toHaveCount(3);
  for (const card of await cards.all()) await expect(card.locator('[data-reasons] li').first()).toBeVisible();
  await expect(page.getByText('It is normal to try more than one group')).toBeVisible();
  await expect(page.getByRole('link', { name: 'crisis lines you can call or text now' })).toBeVisible();
});

test('Next without an answer shows a GOV.UK-style error summary that leads to the question', async ({ page }) => {
  await page.goto('/find-your-fit/');
  await page.getByRole('button', { name: 'Next' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(page.locator('fieldset:not([hidden])').getByText('Choose an answer to go on')).toBeVisible();
  await summary.getByRole('link', { name: 'Choose an answer to go on' }).click();
  await expect(page.locator('fieldset:not([hidden]) input').first()).toBeFocused();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(`Question 2 of ${QUESTIONS}`)).toBeVisible();
  await expect(page.getByRole('alert')).toBeHidden();
});

test('Back keeps answers, and a shared link restores the same results', async ({ page, browser }) => {
  await page.goto('/find-your-fit/');
  await page.getByLabel('A death or loss').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('People who have been there themselves').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('People who have been there themselves')).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('A death or loss')).toBeChecked();
  // Back to the first question moves focus to it, as every other step does.
  await expect(prompt(page, 1), 'focus moves back to question 1').toBeFocused();
  for (let step = 0; step < QUESTIONS; step += 1) {
    const group = page.locator('fieldset:not([hidden])');
    if (!(await group.locator('input:checked').count())) await group.locator('input').last().check();
    await page.getByRole('button', { name: step === QUESTIONS - 1 ? 'See suggestions' : 'Next' }).click();
  }
  const top = await page.locator('[data-result]:not([hidden]) h3').allTextContents();
  expect(top).toHaveLength(3);
  expect(new URL(page.url()).hash).toMatch(/^#answers=v1\./);

  const other = await browser.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('heading', { name: 'Kinds of group that might suit you' })).toBeVisible();
  expect(await other.locator('[data-result]:not([hidden]) h3').allTextContents()).toEqual(top);
  await other.getByRole('button', { name: 'Start again' }).click();
  await expect(other.getByText(`Question 1 of ${QUESTIONS}`)).toBeVisible();
  await expect(prompt(other, 1), 'Start again moves focus to question 1').toBeFocused();
  expect(new URL(other.url()).hash).toBe('');
  await other.close();
});

test('a tampered link starts a fresh quiz with a polite notice', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/find-your-fit/#answers=v1.not-a-real-answer.%E0%A4');
  await expect(page.getByRole('status').filter({ hasText: 'could not read the answers' })).toBeVisible();
  await expect(page.getByText(`Question 1 of ${QUESTIONS}`)).toBeVisible();
  expect(errors).toEqual([]);
});

test('taking the quiz sends no request and writes no storage or cookie', async ({ page, context }) => {
  await page.goto('/find-your-fit/', { waitUntil: 'networkidle' });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const before = await page.evaluate(() =>
    JSON.stringify({ local: Object.entries(localStorage), session: Object.entries(sessionStorage) }),
  );
  for (let step = 0; step < QUESTIONS; step += 1) {
    await page.locator('fieldset:not([hidden]) input').first().check();
    await page.getByRole('button', { name: step === QUESTIONS - 1 ? 'See suggestions' : 'Next' }).click();
  }
  await expect(page.locator('[data-result]:not([hidden])')).toHaveCount(3);
  expect(requests).toEqual([]);
  expect(
    await page.evaluate(() =>
      JSON.stringify({ local: Object.entries(localStorage), session: Object.entries(sessionStorage) }),
    ),
  ).toBe(before);
  expect(await context.cookies()).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every step, the error state and the results pass axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/find-your-fit/');
    await page.getByRole('button', { name: 'Next' }).click();
    await expectNoAxeViolations(page);
    for (let step = 0; step < QUESTIONS; step += 1) {
      await expectNoAxeViolations(page);
      await page
        .locator('fieldset:not([hidden]) input')
        .nth(step % 3)
        .check();
      await page.getByRole('button', { name: step === QUESTIONS - 1 ? 'See suggestions' : 'Next' }).click();
    }
    await expect(page.locator('[data-result]:not([hidden])')).toHaveCount(3);
    await expectNoAxeViolations(page);
  });
}

test('the quiz is usable at 320 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/find-your-fit/');
  for (let step = 0; step < QUESTIONS; step += 1) {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('fieldset:not([hidden]) input').first().check();
    await page.getByRole('button', { name: step === QUESTIONS - 1 ? 'See suggestions' : 'Next' }).click();
  }
  await expect(page.locator('[data-result]:not([hidden])')).toHaveCount(3);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page explains the quiz needs it and links the comparison of groups', async ({ page }) => {
    await page.goto('/find-your-fit/');
    await expect(page.getByText('This quiz needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'compare the kinds of group side by side' })).toBeVisible();
    await expect(page.locator('fieldset').first()).toBeHidden();
  });
});

// Which answers ask for a way of meeting is marked in content/quiz (`meets`), not in the island.
for (const [index, option] of readQuizQuestions()
  .flatMap((question, index) => question.options.map((option) => [index, option] as const))
  .filter(([, option]) => option.meets.length > 0)) {
  test(`answering "${option.id}" lists first the organizations that meet that way`, async ({ page }) => {
    await page.goto('/find-your-fit/');
    for (let step = 0; step < QUESTIONS; step += 1) {
      const group = page.locator('fieldset:not([hidden])');
      if (step === index) await group.locator(`input[value="${option.id}"]`).check();
      else await group.locator('input').first().check();
      await page.getByRole('button', { name: step === QUESTIONS - 1 ? 'See suggestions' : 'Next' }).click();
    }
    const cards = page.locator('[data-result]:not([hidden])');
    await expect(cards.first()).toBeVisible();
    let narrowed = 0;
    for (const card of await cards.all()) {
      const items = await card.locator('[data-formats]').evaluateAll((elements) =>
        elements.map((element) => ({
          formats: (element as HTMLElement).dataset['formats']?.split(' ') ?? [],
          shown: !(element as HTMLElement).hidden,
        })),
      );
      const offers = items.map((item) => item.formats.some((format) => option.meets.includes(format)));
      // Organizations that meet that way are shown and the others hidden; a card with none keeps all.
      const expected = offers.some(Boolean) ? offers : offers.map(() => true);
      expect(items.map((item) => item.shown)).toEqual(expected);
      if (expected.includes(false)) narrowed += 1;
    }
    expect(narrowed, 'at least one card leaves out organizations that do not meet that way').toBeGreaterThan(0);
  });
}
