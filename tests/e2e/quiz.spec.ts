/** "Find your fit": by keyboard, with errors, Back, sharing, tampering, privacy, axe and no JavaScript. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatMessage } from '../../src/i18n/format-message';
import { splitRichText } from '../../src/i18n/split-rich-text';
import en from '../../src/translations/en';
import { readQuizOptionLabels, readQuizPrompts, readQuizQuestions } from '../support/read-quiz';

/** The first-meeting article's own title, which the results link to. */
const FIRST_MEETING =
  /^title: '(.+)'$/m.exec(readFileSync('content/articles/your-first-meeting.mdx', 'utf8'))?.[1] ?? '';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PROMPTS = readQuizPrompts();
const LABELS = readQuizOptionLabels();
/** How many questions content/quiz holds: a new question file changes it, and every test follows. */
const QUESTIONS = PROMPTS.length;

/** "Question n of N", as the catalogue words it. */
function progress(number: number): string {
  return formatMessage(en, 'quiz.progress', { number, count: QUESTIONS }, 'en');
}

/** The button that moves on from step `step` (0-based): Next, or on the last question See suggestions. */
function nextButton(step: number): string {
  return step === QUESTIONS - 1 ? en['quiz.seeSuggestions'] : en['quiz.next'];
}

/** Question `number`'s prompt, found as a person finds it: the group named "Question n of N", then its words. */
function prompt(page: Page, number: number) {
  return page.getByRole('group', { name: progress(number) }).getByText(PROMPTS[number - 1] ?? '', { exact: true });
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
  await expect(page.getByText(progress(1))).toBeVisible();
  // On arrival the island leaves focus where the page put it, so a screen reader starts at the top.
  // It hides Back on the first question: once Back is hidden, the island has run.
  await expect(page.getByRole('button', { name: en['quiz.back'] })).toBeHidden();
  await expect(prompt(page, 1)).toBeVisible();
  await expect(page.locator('body'), 'the first question does not take focus on arrival').toBeFocused();
  for (let step = 0; step < QUESTIONS; step += 1) {
    await expect(page.getByText(progress(step + 1))).toBeVisible();
    // Each later question takes focus, so its prompt is read out as it appears.
    if (step > 0) await expect(prompt(page, step + 1), `focus moves to question ${step + 1}`).toBeFocused();
    await answerByKeyboard(page, 1);
  }
  const results = page.getByRole('heading', { name: en['quiz.resultsHeading'] });
  await expect(results).toBeVisible();
  await expect(results).toBeFocused();
  const cards = page.locator('[data-result]:not([hidden])');
  await expect(cards).toHaveCount(3);
  for (const card of await cards.all()) await expect(card.locator('[data-reasons] li').first()).toBeVisible();
  await expect(page.getByText(en['quiz.tipText'])).toBeVisible();
  // Under the suggestions, the article for someone about to go (issue 15), by its own title.
  const firstMeeting = page.getByRole('main').getByRole('link', { name: FIRST_MEETING, exact: true });
  await expect(firstMeeting).toBeVisible();
  await expect(firstMeeting).toHaveAttribute('href', '/learn/your-first-meeting/');
  // The pointer to /help-now/ (HelpNowPointer.astro) is not part of the quiz's catalogue block.
  await expect(page.getByRole('link', { name: 'crisis lines you can call or text now' })).toBeVisible();
});

test('Next without an answer shows a GOV.UK-style error summary that leads to the question', async ({ page }) => {
  await page.goto('/find-your-fit/');
  await page.getByRole('button', { name: en['quiz.next'] }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: en['quiz.errorSummaryTitle'] })).toBeVisible();
  await expect(page.locator('fieldset:not([hidden])').getByText(en['quiz.errorMessage'])).toBeVisible();
  await summary.getByRole('link', { name: en['quiz.errorSummaryLink'] }).click();
  await expect(page.locator('fieldset:not([hidden]) input').first()).toBeFocused();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: en['quiz.next'] }).click();
  await expect(page.getByText(progress(2))).toBeVisible();
  await expect(page.getByRole('alert')).toBeHidden();
});

test('Back keeps answers, and a shared link restores the same results', async ({ page, browser }) => {
  // An answer to each of the first two questions, as content/quiz words them: the last of the first, the first of the second.
  const first = page.getByLabel(LABELS[0]?.at(-1) ?? '', { exact: true });
  const second = page.getByLabel(LABELS[1]?.[0] ?? '', { exact: true });
  await page.goto('/find-your-fit/');
  await first.check();
  await page.getByRole('button', { name: en['quiz.next'] }).click();
  await second.check();
  await page.getByRole('button', { name: en['quiz.next'] }).click();
  await page.getByRole('button', { name: en['quiz.back'] }).click();
  await expect(second).toBeChecked();
  await page.getByRole('button', { name: en['quiz.back'] }).click();
  await expect(first).toBeChecked();
  // Back to the first question moves focus to it, as every other step does.
  await expect(prompt(page, 1), 'focus moves back to question 1').toBeFocused();
  for (let step = 0; step < QUESTIONS; step += 1) {
    const group = page.locator('fieldset:not([hidden])');
    if (!(await group.locator('input:checked').count())) await group.locator('input').last().check();
    await page.getByRole('button', { name: nextButton(step) }).click();
  }
  const top = await page.locator('[data-result]:not([hidden]) h3').allTextContents();
  expect(top).toHaveLength(3);
  expect(new URL(page.url()).hash).toMatch(/^#answers=v1\./);

  const other = await browser.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('heading', { name: en['quiz.resultsHeading'] })).toBeVisible();
  expect(await other.locator('[data-result]:not([hidden]) h3').allTextContents()).toEqual(top);
  await other.getByRole('button', { name: en['quiz.startAgain'] }).click();
  await expect(other.getByText(progress(1))).toBeVisible();
  await expect(prompt(other, 1), 'Start again moves focus to question 1').toBeFocused();
  expect(new URL(other.url()).hash).toBe('');
  await other.close();
});

test('a tampered link starts a fresh quiz with a polite notice', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/find-your-fit/#answers=v1.not-a-real-answer.%E0%A4');
  await expect(page.getByRole('status').filter({ hasText: en['quiz.invalidLinkNotice'] })).toBeVisible();
  await expect(page.getByText(progress(1))).toBeVisible();
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
    await page.getByRole('button', { name: nextButton(step) }).click();
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
    await page.getByRole('button', { name: en['quiz.next'] }).click();
    await expectNoAxeViolations(page);
    for (let step = 0; step < QUESTIONS; step += 1) {
      await expectNoAxeViolations(page);
      // A different answer at each step, among as many as the question has.
      await page
        .locator('fieldset:not([hidden]) input')
        .nth(step % (LABELS[step]?.length ?? 1))
        .check();
      await page.getByRole('button', { name: nextButton(step) }).click();
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
    await page.getByRole('button', { name: nextButton(step) }).click();
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
    await expect(page.getByText(en['quiz.noScriptTitle'])).toBeVisible();
    const link = splitRichText(en['quiz.noScriptAlternative']).find((part) => part.kind === 'link');
    await expect(page.getByRole('link', { name: link?.text ?? '' })).toBeVisible();
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
      await page.getByRole('button', { name: nextButton(step) }).click();
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
