/**
 * The quiz's scoring over EVERY combination of answers (issue #4): at least three suggestions,
 * deterministic, every kind of group comes top for some combination, none for more than 35%,
 * and exclusions always hold.
 */
import { describe, expect, test } from 'vitest';
import { scoreAnswers } from '../../src/quiz/score-answers';
import type { QuizQuestion } from '../../src/quiz/types';
import { readGroupTypeIds, readQuizQuestions } from '../support/read-quiz';

const questions = readQuizQuestions();
const groupTypes = readGroupTypeIds();

function* everyCombination(list: readonly QuizQuestion[], prefix: string[] = []): Generator<string[]> {
  const [first, ...rest] = list;
  if (!first) {
    yield prefix;
    return;
  }
  for (const option of first.options) yield* everyCombination(rest, [...prefix, option.id]);
}

const combinations = [...everyCombination(questions)];

test('the quiz has at least seven questions and ten kinds of group', () => {
  expect(questions.length).toBeGreaterThanOrEqual(7);
  expect(groupTypes.length).toBeGreaterThanOrEqual(10);
});

describe(`all ${combinations.length} combinations of answers`, () => {
  const tops = new Map<string, number>();
  let problems: string[] = [];

  test('each gives at least three ranked suggestions, the same way twice, and exclusions hold', () => {
    problems = [];
    for (const answers of combinations) {
      const first = scoreAnswers(questions, groupTypes, answers);
      const again = scoreAnswers(questions, groupTypes, answers);
      if (JSON.stringify(first) !== JSON.stringify(again)) problems.push(`not deterministic: ${answers.join(',')}`);
      if (first.length < 3) problems.push(`fewer than 3 suggestions: ${answers.join(',')}`);
      for (let i = 1; i < first.length; i += 1) {
        if ((first[i - 1]?.score ?? 0) < (first[i]?.score ?? 0)) problems.push(`not ranked: ${answers.join(',')}`);
      }
      const excluded = answers.flatMap(
        (answer, index) => questions[index]?.options.find((option) => option.id === answer)?.excludes ?? [],
      );
      for (const type of excluded) {
        if (first.some((suggestion) => suggestion.groupType === type))
          problems.push(`${type} not excluded: ${answers.join(',')}`);
      }
      const top = first[0]?.groupType ?? 'none';
      tops.set(top, (tops.get(top) ?? 0) + 1);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  test('every kind of group is the top suggestion for some combination', () => {
    expect(groupTypes.filter((type) => !tops.has(type))).toEqual([]);
  });

  test('no kind of group is top for more than 35% of combinations', () => {
    const shares = [...tops].map(([type, count]) => ({
      type,
      share: Math.round((1000 * count) / combinations.length) / 10,
    }));
    console.table(shares.sort((a, b) => b.share - a.share));
    expect(shares.filter(({ share }) => share > 35)).toEqual([]);
  });
});

test('someone who would rather not have a spiritual element never gets faith-based groups in the top three', () => {
  const spiritual = questions.findIndex((question) => question.options.some((option) => option.id === 'rather-not'));
  expect(spiritual).toBeGreaterThanOrEqual(0);
  for (const answers of combinations.filter((combo) => combo[spiritual] === 'rather-not')) {
    const top3 = scoreAnswers(questions, groupTypes, answers)
      .slice(0, 3)
      .map((suggestion) => suggestion.groupType);
    expect(top3).not.toContain('faith-based-support-groups');
  }
});

test('each suggestion explains itself with the reasons of the answers that counted', () => {
  const answers = questions.map((question) => question.options[0]?.id ?? '');
  const [top] = scoreAnswers(questions, groupTypes, answers);
  expect(top?.reasons.length).toBeGreaterThan(0);
  const chosenReasons = answers.map(
    (answer, index) => questions[index]?.options.find((option) => option.id === answer)?.reason,
  );
  for (const reason of top?.reasons ?? []) expect(chosenReasons).toContain(reason);
});

test('an answer that is not an option is refused', () => {
  const answers = questions.map(() => 'no-such-answer');
  expect(() => scoreAnswers(questions, groupTypes, answers)).toThrow(/is not an answer/);
});
