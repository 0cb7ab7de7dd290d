/**
 * The quiz's suggestions over EVERY combination of answers (issues 4 and 16). Beyond "there are
 * results", each combination must keep the rules a person relies on: only kinds of group that fit
 * what brings them here; no kind an answer rules out; every reason about its own suggestion; the
 * strength said honestly; and every suggestion with an organization the person can reach that fits
 * their situation.
 */
import { describe, expect, test } from 'vitest';
import { chooseOrganizations } from '../../src/quiz/choose-organizations';
import { describeWish } from '../../src/quiz/describe-wish';
import { listOfferable } from '../../src/quiz/list-offerable';
import { scoreAnswers } from '../../src/quiz/score-answers';
import type { QuizQuestion, Suggestion } from '../../src/quiz/types';
import { readGroupTypeIds, readGroupTypeOrganizations, readQuizQuestions, readResources } from '../support/read-quiz';

const questions = readQuizQuestions();
const groupTypes = readGroupTypeIds();
const organizationsOf = readGroupTypeOrganizations();
const resources = readResources();
/** How many suggestions the results show (quiz-island.ts). */
const SHOWN = 3;
/** How many organizations a suggestion offers (QuizResultCard.astro). */
const ORGANIZATIONS = 4;

function* everyCombination(list: readonly QuizQuestion[], prefix: string[] = []): Generator<string[]> {
  const [first, ...rest] = list;
  if (!first) {
    yield prefix;
    return;
  }
  for (const option of first.options) yield* everyCombination(rest, [...prefix, option.id]);
}

const combinations = [...everyCombination(questions)];
const situationIndex = questions.findIndex((question) => question.situation);

/** The chosen option of each question. */
function chosenOptions(answers: readonly string[]) {
  return answers.map((answer, index) => questions[index]?.options.find((option) => option.id === answer));
}

/** The organizations a suggestion offers, as the results choose them. */
function offered(suggestion: Suggestion, answers: readonly string[]) {
  const candidates = listOfferable(
    (organizationsOf[suggestion.groupType] ?? []).flatMap((id) => {
      const resource = resources.get(id);
      return resource ? [resource] : [];
    }),
    (resource) => resource,
  );
  return chooseOrganizations(candidates, describeWish(questions, answers, organizationsOf), ORGANIZATIONS);
}

/** Answers by option id, in quiz order, from a question-id → option-id map. */
function answersOf(picks: Record<string, string>): string[] {
  return questions.map((question) => {
    const answer = picks[question.id];
    if (!answer) throw new Error(`No answer for ${question.id}`);
    return answer;
  });
}

test('the quiz has at least seven questions, ten kinds of group and exactly one situation question', () => {
  expect(questions.length).toBeGreaterThanOrEqual(7);
  expect(groupTypes.length).toBeGreaterThanOrEqual(10);
  expect(questions.filter((question) => question.situation)).toHaveLength(1);
});

describe(`all ${combinations.length} combinations of answers`, () => {
  const tops = new Map<string, number>();
  const problems: string[] = [];
  const note = (answers: string[], problem: string) => {
    if (problems.length < 20) problems.push(`${problem} (${answers.join(',')})`);
  };

  for (const answers of combinations) {
    const suggestions = scoreAnswers(questions, groupTypes, answers);
    const options = chosenOptions(answers);
    const situation = options[situationIndex];
    const fits = new Set(situation?.weights.filter(({ weight }) => weight > 0).map(({ groupType }) => groupType));
    const excluded = new Set(options.flatMap((option) => option?.excludes ?? []));
    if (JSON.stringify(suggestions) !== JSON.stringify(scoreAnswers(questions, groupTypes, answers)))
      note(answers, 'not deterministic');
    if (suggestions.length === 0) note(answers, 'no suggestion at all');
    const best = suggestions[0]?.score ?? 0;
    suggestions.forEach((suggestion, index) => {
      const type = suggestion.groupType;
      if (!fits.has(type)) note(answers, `${type} does not fit the situation "${situation?.id ?? ''}"`);
      if (excluded.has(type)) note(answers, `${type} was ruled out but suggested`);
      if (index > 0 && (suggestions[index - 1]?.score ?? 0) < suggestion.score) note(answers, 'not ranked');
      // Every reason shown under a suggestion comes from an answer that counted towards that kind.
      const ownReasons = options.flatMap((option) =>
        (option?.weights ?? [])
          .filter(({ groupType, weight }) => groupType === type && weight > 0)
          .map(({ reason }) => reason ?? option?.reason),
      );
      for (const reason of suggestion.reasons)
        if (!ownReasons.includes(reason)) note(answers, `a reason under ${type} is not about it: "${reason}"`);
      if (suggestion.reasons.length === 0) note(answers, `${type} has no reason`);
      // The strength in words is honest: never "close" when an answer counts against it, or when
      // it scores two or more points below the best; the best is "close" unless something counts against it.
      const countered = options.some((option) =>
        (option?.weights ?? []).some(({ groupType, weight }) => groupType === type && weight < 0),
      );
      if (suggestion.strength === 'close' && countered)
        note(answers, `${type} is "close" though an answer counts against it`);
      if (suggestion.strength === 'close' && suggestion.score <= best - 2)
        note(answers, `${type} is "close" far below the best`);
      if (index === 0 && !countered && suggestion.strength !== 'close')
        note(answers, `the best, ${type}, is not "close"`);
      if (index >= SHOWN) return;
      // Every suggestion shown leads to an organization the person can reach that fits the situation.
      const organizations = offered(suggestion, answers);
      if (organizations.length === 0) note(answers, `${type} offers no organization`);
      for (const organization of organizations) {
        if (organization.kind === 'crisis-line') note(answers, `${organization.id} is a crisis line`);
        if (!organization.topics.some((topic) => situation?.topics.includes(topic)))
          note(answers, `${organization.id} does not fit the situation`);
        if (options.some((option) => option?.avoids.includes(organization.approach ?? '')))
          note(answers, `${organization.id} has an approach the person would rather avoid`);
      }
    });
    const top = suggestions[0]?.groupType ?? 'none';
    tops.set(top, (tops.get(top) ?? 0) + 1);
  }

  test('keep every rule: fit, exclusions, own reasons, honest strength, an organization to contact', () => {
    expect(problems).toEqual([]);
  });

  test('every kind of group is the top suggestion for some combination', () => {
    expect(groupTypes.filter((type) => !tops.has(type))).toEqual([]);
  });

  test('no kind of group is top for more than 35% of combinations', () => {
    const shares = [...tops].map(([type, count]) => ({
      type,
      share: Math.round((1000 * count) / combinations.length) / 10,
    }));
    expect(shares.filter(({ share }) => share > 35)).toEqual([]);
  });
});

describe('the people the quiz was tried with (issue 16)', () => {
  const shownFor = (answers: string[]) => scoreAnswers(questions, groupTypes, answers).slice(0, SHOWN);

  test('a woman whose husband died gets grief groups, a close fit, and nothing about health or addiction', () => {
    const answers = answersOf({
      '01-what-brings-you-here': 'death-or-loss',
      '02-who-leads': 'peers',
      '03-structure': 'open-sharing',
      '04-spiritual-element': 'no-preference',
      '05-format': 'in-person',
      '06-sharing': 'listen-first',
      '07-hopes': 'less-alone',
    });
    const shown = shownFor(answers);
    expect(shown[0]).toMatchObject({ groupType: 'grief-and-loss-groups', strength: 'close' });
    expect(shown.map(({ groupType }) => groupType)).not.toContain('health-condition-and-disability-groups');
    expect(shown.map(({ groupType }) => groupType)).not.toContain('family-and-friends-groups');
    expect(shown.slice(1).every(({ strength }) => strength === 'also')).toBe(true);
    // In person is what she asked for: the grief organizations that meet in person come first.
    const [grief] = shown;
    if (!grief) throw new Error('no suggestion');
    const [first] = offered(grief, answers);
    expect(first?.formats).toContain('in-person');
  });

  test('a man who drinks too much and wants no spiritual element gets secular recovery first, and no advocacy or health groups', () => {
    const answers = answersOf({
      '01-what-brings-you-here': 'habit',
      '02-who-leads': 'either',
      '03-structure': 'set-program',
      '04-spiritual-element': 'rather-not',
      '05-format': 'either',
      '06-sharing': 'not-sure',
      '07-hopes': 'change-a-habit',
    });
    const shown = shownFor(answers);
    expect(shown[0]).toMatchObject({ groupType: 'secular-recovery-groups', strength: 'close' });
    const types = shown.map(({ groupType }) => groupType);
    for (const unfit of [
      'advocacy-and-empowerment-groups',
      'health-condition-and-disability-groups',
      'twelve-step-fellowships',
    ])
      expect(types).not.toContain(unfit);
    for (const suggestion of shown)
      for (const organization of offered(suggestion, answers))
        expect(['secular', 'not-applicable']).toContain(organization.approach);
  });

  test('a person with cancer who wants to talk with others who have it gets health condition groups first, never grief groups', () => {
    const answers = answersOf({
      '01-what-brings-you-here': 'own-health',
      '02-who-leads': 'peers',
      '03-structure': 'open-sharing',
      '04-spiritual-element': 'no-preference',
      '05-format': 'either',
      '06-sharing': 'ready-to-share',
      '07-hopes': 'less-alone',
    });
    const shown = shownFor(answers);
    expect(shown[0]).toMatchObject({ groupType: 'health-condition-and-disability-groups', strength: 'close' });
    expect(shown.map(({ groupType }) => groupType)).not.toContain('grief-and-loss-groups');
  });

  test('when only one kind fits, only one is shown', () => {
    const answers = answersOf({
      '01-what-brings-you-here': 'death-or-loss',
      '02-who-leads': 'peers',
      '03-structure': 'open-sharing',
      '04-spiritual-element': 'rather-not',
      '05-format': 'in-person',
      '06-sharing': 'ready-to-share',
      '07-hopes': 'less-alone',
    });
    expect(shownFor(answers).map(({ groupType }) => groupType)).toEqual(['grief-and-loss-groups']);
  });
});

test('an answer that is not an option is refused', () => {
  const answers = questions.map(() => 'no-such-answer');
  expect(() => scoreAnswers(questions, groupTypes, answers)).toThrow(/is not an answer/);
});

test('a quiz without a situation question is refused rather than suggesting everything', () => {
  const withoutSituation = questions.map((question) => ({ ...question, situation: false }));
  const answers = questions.map((question) => question.options[0]?.id ?? '');
  expect(() => scoreAnswers(withoutSituation, groupTypes, answers)).toThrow(/situation/);
});
