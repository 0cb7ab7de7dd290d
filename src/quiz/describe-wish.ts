import type { OrganizationWish } from './choose-organizations';
import type { QuizQuestion } from './types';

/**
 * What a full set of answers says about the organizations to offer: the situation's topics, the
 * approaches to avoid, the ways of meeting asked for, and the organizations of every kind of group
 * an answer rules out (`organizationsOf` maps a group type id to its organizations' ids).
 */
export function describeWish(
  questions: readonly QuizQuestion[],
  answers: readonly string[],
  organizationsOf: Readonly<Record<string, readonly string[]>>,
): OrganizationWish {
  const chosen = questions.flatMap((question, index) => {
    const option = question.options.find((candidate) => candidate.id === answers[index]);
    return option ? [{ question, option }] : [];
  });
  const excluded = chosen.flatMap(({ option }) => option.excludes);
  return {
    topics: chosen.find(({ question }) => question.situation)?.option.topics ?? [],
    avoids: chosen.flatMap(({ option }) => option.avoids),
    ruledOut: new Set(excluded.flatMap((type) => organizationsOf[type] ?? [])),
    meets: chosen.flatMap(({ option }) => option.meets),
  };
}
