/** "Find your fit": by keyboard, with errors, Back, sharing, tampering, privacy, axe and no JavaScript. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatMessage } from '../../src/i18n/format-message';
import { splitRichText } from '../../src/i18n/split-rich-text';
import en from '../../src/translations/en';
import { scoreAnswers } from '../../src/quiz/score-answers';
import { readGroupTypeIds, readQuizOptionLabels, readQuizPrompts, readQuizQuestions } from '../support/read-quiz';

/** The first-meeting article's own title, which the results link to. */
const FIRST_MEETING =
  /^title: '(.+)'$/m.exec(readFileSync('content/articles/your-first-meeting.mdx', 'utf8'))?.[1] ?? '';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PROMPTS = readQuizPrompts();
const LABELS = readQuizOptionLabels();
/** How many questions content/quiz holds: a new question file changes it, and every test follows. */
const QUESTIONS = PROMPTS.length;
const QUIZ = readQuizQuestions();
const GROUP_TYPES = readGroupTypeIds();

/** The kinds of group the results should show for these answers, by the site's own scoring code. */
function expectedSuggestions(answers: readonly string[]): string[] {
  return scoreAnswers(QUIZ, GROUP_TYPES, answers)
    .slice(0, 3)
    .map(({ groupType }) => groupType);
}

/** The kinds of group the results show, in order. */
async function shownSuggestions(page: Page): Promise<string[]> {
  return page
    .locator('[data-result]:not([hidden])')
    .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset['result'] ?? ''));
}

/** The answer a person reads for option `id` of question `index` (0-based). */
function labelOf(index: number, id: string): string {
  const position = QUIZ[index]?.options.findIndex((option) => option.id === id) ?? -1;
  const label = LABELS[index]?.[position];
  if (!label) throw new Error(`No option "${id}" in question ${index + 1}`);
  return label;
}

/** Answers every question by clicking the answers' labels, as a person does, then See suggestions. */
async function answerAll(page: Page, answers: readonly string[]) {
  for (const [index, id] of answers.entries()) {
    await page
      .getByRole('group', { name: progress(index + 1) })
      .getByLabel(labelOf(index, id), { exact: true })
      .check();
    await page.getByRole('button', { name: nextButton(index) }).click();
  }
  await expect(page.getByRole('heading', { name: en['quiz.resultsHeading'] })).toBeFocused();
}

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
  // Arrow down once at every question: the second answer of each.
  const answers = QUIZ.map((question) => question.options[1]?.id ?? '');
  expect(await shownSuggestions(page)).toEqual(expectedSuggestions(answers));
  const cards = page.locator('[data-result]:not([hidden])');
  for (const card of await cards.all()) {
    await expect(card.locator('[data-reasons] li').first()).toBeVisible();
    await expect(card.locator('[data-strength]')).toHaveText(
      new RegExp(`^(${en['quiz.strength.close']}|${en['quiz.strength.also']})$`),
    );
  }
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
  expect(top.length).toBeGreaterThan(0);
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
  await expect(page.locator('[data-result]:not([hidden])').first()).toBeVisible();
  // Going back a question (the browser's Back) and changing an answer is private too.
  await page.goBack();
  await expect(page.getByText(progress(QUESTIONS))).toBeVisible();
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
    await expect(page.locator('[data-result]:not([hidden])').first()).toBeVisible();
    await expectNoAxeViolations(page);
    // With every detail a tap away opened.
    for (const summary of await page.locator('[data-result]:not([hidden]) summary').all()) await summary.click();
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
  await expect(page.locator('[data-result]:not([hidden])').first()).toBeVisible();
  for (const summary of await page.locator('[data-result]:not([hidden]) summary').all()) await summary.click();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page offers each situation as a plain page, which lists the kinds of group that fit and organizations to contact', async ({
    page,
  }) => {
    // A shared results link, opened with scripts off, still leads somewhere.
    await page.goto(
      '/find-your-fit/#answers=v1.death-or-loss.peers.open-sharing.no-preference.in-person.listen-first.less-alone',
    );
    await expect(page.getByText(en['quiz.noScriptTitle'])).toBeVisible();
    await expect(page.locator('fieldset').first()).toBeHidden();
    for (const label of LABELS[0] ?? [])
      await expect(page.getByRole('link', { name: label, exact: true })).toBeVisible();
    await page.getByRole('link', { name: labelOf(0, 'death-or-loss'), exact: true }).click();
    await expect(page).toHaveURL(/\/find-your-fit\/death-or-loss\/$/);
    const title = formatMessage(en, 'quizSituation.title', { situation: labelOf(0, 'death-or-loss') }, 'en');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const names = await page.getByRole('main').locator('[data-result] h2').allTextContents();
    expect(names[0]?.trim()).toBe('Grief and loss groups');
    expect(names.map((name) => name.trim())).not.toContain('Health condition and disability groups');
    const grief = page.locator('[data-result="grief-and-loss-groups"]');
    await expect(grief.getByText(en['quiz.strength.close'], { exact: true })).toBeVisible();
    await grief.getByText(en['quiz.howToFindOne'], { exact: true }).click();
    await expect(grief.getByRole('link', { name: /The Compassionate Friends/ }).first()).toBeVisible();
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
    // The ways each organization meets, from the data the page carries for the island.
    const { organizations } = JSON.parse((await page.locator('[data-quiz-data]').textContent()) ?? '{}') as {
      organizations: Record<string, { formats: string[] }>;
    };
    const formatsOf = (id: string) => organizations[id]?.formats ?? [];
    for (const card of await cards.all()) {
      const shown = await card
        .locator('[data-organization]:not([hidden])')
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['organization'] ?? ''));
      expect(shown.length, 'every suggestion offers an organization').toBeGreaterThan(0);
      const offers = shown.map((id) => formatsOf(id).some((format) => option.meets.includes(format)));
      // Those that meet that way come first: no "meets" after a "does not".
      expect(offers, `order of ${shown.join(', ')}`).toEqual([...offers].sort((a, b) => Number(b) - Number(a)));
    }
  });
}

/** The people the quiz was tried with (issue 16), as journeys. */
const PEOPLE = [
  {
    who: 'a woman whose husband died last year',
    answers: ['death-or-loss', 'peers', 'open-sharing', 'no-preference', 'in-person', 'listen-first', 'less-alone'],
    first: 'grief-and-loss-groups',
    never: ['health-condition-and-disability-groups', 'family-and-friends-groups'],
    organization: /The Compassionate Friends/,
    near: { country: 'United States', way: 'Hospice grief support groups' },
  },
  {
    who: 'a man who drinks too much and wants no spiritual element',
    answers: ['habit', 'either', 'set-program', 'rather-not', 'either', 'not-sure', 'change-a-habit'],
    first: 'secular-recovery-groups',
    never: ['advocacy-and-empowerment-groups', 'health-condition-and-disability-groups', 'twelve-step-fellowships'],
    organization: /SMART Recovery/,
    near: { country: 'Canada', way: '211' },
  },
  {
    who: 'a person with cancer who wants to talk with others who have it',
    answers: ['own-health', 'peers', 'open-sharing', 'no-preference', 'either', 'ready-to-share', 'less-alone'],
    first: 'health-condition-and-disability-groups',
    never: ['grief-and-loss-groups'],
    organization: /Cancer Survivors Network/,
    near: { country: 'United States', way: '211' },
  },
] as const;

/** Crisis lines are help now, never a way to find a group (issue 16). */
const CRISIS_LINES = /988 Suicide|Crisis Text Line|NAMI HelpLine|Samaritans|Shout|Veterans Crisis Line/;

for (const person of PEOPLE) {
  test(`${person.who} gets suggestions that fit, each with an organization to contact`, async ({ page }) => {
    await page.goto('/find-your-fit/');
    await answerAll(page, person.answers);
    const shown = await shownSuggestions(page);
    expect(shown[0]).toBe(person.first);
    for (const unfit of person.never) expect(shown).not.toContain(unfit);
    const first = page.locator(`[data-result="${person.first}"]`);
    await expect(first.getByText(en['quiz.strength.close'], { exact: true })).toBeVisible();
    // The organizations are a tap away, and each one shown can be reached.
    for (const card of await page.locator('[data-result]:not([hidden])').all()) {
      await card.getByText(en['quiz.howToFindOne'], { exact: true }).click();
      const organizations = card.locator('[data-organization]:not([hidden])');
      expect(await organizations.count()).toBeGreaterThan(0);
      for (const organization of await organizations.all())
        await expect(organization.locator('a.contact-action').first()).toBeVisible();
      expect(await card.locator('.quiz-resources').innerText()).not.toMatch(CRISIS_LINES);
    }
    await expect(first.getByRole('link', { name: person.organization }).first()).toBeVisible();
    // Ways to find a group near them, for the country they open, and none for another situation.
    const near = page.getByRole('region', { name: en['localFinders.heading'] });
    await near.getByText(person.near.country, { exact: true }).click();
    await expect(near.getByRole('heading', { name: person.near.way, exact: true })).toBeVisible();
    // Open every country shown (their ids first: opening one changes which match ":not([open])").
    const countries = await near
      .locator('details:not([hidden]):not([open])')
      .evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset['country'] ?? ''));
    for (const country of countries) await near.locator(`[data-country="${country}"] > summary`).click();
    // NHS talking therapies are for anxiety and depression: not offered for these situations.
    expect(
      await near
        .getByRole('heading', { name: /NHS/ })
        .evaluateAll((headings) => headings.filter((heading) => (heading as HTMLElement).offsetParent !== null).length),
    ).toBe(0);
    // Help now has its own place on the page, outside the suggestions.
    await expect(
      page.getByRole('complementary').getByRole('link', { name: 'crisis lines you can call or text now' }),
    ).toBeVisible();
    // The plain page of their situation, and the first-meeting article.
    await expect(page.getByRole('link', { name: FIRST_MEETING, exact: true })).toBeVisible();
    const situation = formatMessage(en, 'quiz.situationLink', { situation: labelOf(0, person.answers[0]) }, 'en');
    const situationLink = splitRichText(situation).find((part) => part.kind === 'link')?.text ?? '';
    await expect(page.getByRole('link', { name: situationLink })).toHaveAttribute(
      'href',
      `/find-your-fit/${person.answers[0]}/`,
    );
  });
}

test('when one kind of group fits, the results show one and say so', async ({ page }) => {
  const answers = ['death-or-loss', 'peers', 'open-sharing', 'rather-not', 'in-person', 'ready-to-share', 'less-alone'];
  expect(expectedSuggestions(answers)).toHaveLength(1);
  await page.goto('/find-your-fit/');
  await answerAll(page, answers);
  expect(await shownSuggestions(page)).toEqual(['grief-and-loss-groups']);
  await expect(page.getByText(formatMessage(en, 'quiz.fitSummary', { count: 1 }, 'en'))).toBeVisible();
});

test("the browser's Back goes to the previous question, and forward again", async ({ page }) => {
  await page.goto('/find-your-fit/');
  for (let step = 0; step < 2; step += 1) {
    await page.locator('fieldset:not([hidden]) input').first().check();
    await page.getByRole('button', { name: en['quiz.next'] }).click();
  }
  await expect(page.getByText(progress(3))).toBeVisible();
  await page.goBack();
  await expect(page.getByText(progress(2))).toBeVisible();
  await expect(page).toHaveURL(/\/find-your-fit\/#answers=v1\.[a-z-]+$/);
  await expect(page.locator('fieldset:not([hidden]) input').first()).toBeChecked();
  await page.goBack();
  await expect(page.getByText(progress(1))).toBeVisible();
  await expect(page).toHaveURL(/\/find-your-fit\/$/);
  await page.goForward();
  await expect(page.getByText(progress(2))).toBeVisible();
});

test('the error message goes as soon as an answer is chosen', async ({ page }) => {
  await page.goto('/find-your-fit/');
  await page.getByRole('button', { name: en['quiz.next'] }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.locator('fieldset:not([hidden]) input').first().check();
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(page.locator('fieldset:not([hidden])').getByText(en['quiz.errorMessage'])).toBeHidden();
});

test('"Your answers" lists every answer, and Change goes to that question and back to the results', async ({
  page,
}) => {
  const answers = PEOPLE[0].answers;
  await page.goto('/find-your-fit/');
  await answerAll(page, answers);
  const summary = page.getByRole('definition').filter({ hasText: labelOf(4, 'in-person') });
  await expect(summary).toBeVisible();
  for (const [index, id] of answers.entries())
    await expect(page.locator(`[data-summary="${QUIZ[index]?.id ?? ''}"] [data-summary-answer]`)).toHaveText(
      labelOf(index, id),
    );
  const change = page.getByRole('button', {
    name: `${en['quiz.change']} ${formatMessage(en, 'quiz.changeWhat', { question: PROMPTS[4] ?? '' }, 'en')}`,
  });
  await change.click();
  await expect(page.getByText(progress(5))).toBeVisible();
  await page.getByLabel(labelOf(4, 'online-or-phone'), { exact: true }).check();
  await page.getByRole('button', { name: en['quiz.seeSuggestions'] }).click();
  await expect(page.getByRole('heading', { name: en['quiz.resultsHeading'] })).toBeFocused();
  await expect(page.locator(`[data-summary="${QUIZ[4]?.id ?? ''}"] [data-summary-answer]`)).toHaveText(
    labelOf(4, 'online-or-phone'),
  );
  const changed = [...answers.slice(0, 4), 'online-or-phone', ...answers.slice(5)];
  expect(await shownSuggestions(page)).toEqual(expectedSuggestions(changed));
  expect(new URL(page.url()).hash).toBe(`#answers=v1.${changed.join('.')}`);
});

test('on a phone, results are short enough to compare: each card fits one screen, details a tap away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/find-your-fit/');
  const answers = ['own-health', 'either', 'learning', 'no-preference', 'either', 'not-sure', 'practical-knowledge'];
  expect(expectedSuggestions(answers)).toHaveLength(3);
  await answerAll(page, answers);
  // Three cards ran to about 6,000 px with every detail open (issue 16).
  for (const card of await page.locator('[data-result]:not([hidden])').all()) {
    const box = await card.boundingBox();
    expect(box?.height ?? Infinity, (await card.locator('h3').textContent()) ?? '').toBeLessThanOrEqual(740);
  }
});

test('a person who chose their mood or mental health finds NHS talking therapies under the United Kingdom', async ({
  page,
}) => {
  await page.goto('/find-your-fit/');
  await answerAll(page, [
    'mood-mental-health',
    'peers',
    'open-sharing',
    'no-preference',
    'either',
    'not-sure',
    'less-alone',
  ]);
  const near = page.getByRole('region', { name: en['localFinders.heading'] });
  await near.getByText('United Kingdom', { exact: true }).click();
  await expect(near.getByRole('heading', { name: 'NHS talking therapies (England)' })).toBeVisible();
  // Grief-only ways stay out: hospice groups are for people grieving a death.
  await near.getByText('United States', { exact: true }).click();
  await expect(near.getByRole('heading', { name: 'Hospice grief support groups' })).toBeHidden();
  await expect(near.getByRole('heading', { name: '211', exact: true }).first()).toBeVisible();
});
