import type { QuizQuestion, Suggestion } from './types';

/**
 * Ranks kinds of group for a full set of answers (one option id per question, in order).
 * Deterministic: ties keep the order of `groupTypes`. Explainable: each suggestion lists the
 * reasons of the answers that counted towards it. Hard exclusions: a type that any answer
 * excludes is left out entirely, so it can never reach the top three.
 */
export function scoreAnswers(
  questions: readonly QuizQuestion[],
  groupTypes: readonly string[],
  answers: readonly string[],
): Suggestion[] {
  if (answers.length !== questions.length) {
    throw new Error(`Expected ${questions.length} answers, got ${answers.length}.`);
  }
  const scores = new Map(
    groupTypes.map((type) => [type, { score: 0, reasons: [] as { reason: string; weight: number }[] }]),
  );
  const excluded = new Set<string>();
  questions.forEach((question, index) => {
    const option = question.options.find((candidate) => candidate.id === answers[index]);
    if (!option) throw new Error(`"${answers[index] ?? ''}" is not an answer to question ${question.id}.`);
    for (const type of option.excludes) excluded.add(type);
    for (const { groupType, weight } of option.weights) {
      const entry = scores.get(groupType);
      if (!entry) continue;
      entry.score += weight;
      if (weight > 0) entry.reasons.push({ reason: option.reason, weight });
    }
  });
  return groupTypes
    .filter((type) => !excluded.has(type))
    .map((type, order) => {
      const entry = scores.get(type) ?? { score: 0, reasons: [] };
      return {
        order,
        suggestion: {
          groupType: type,
          score: entry.score,
          reasons: [...entry.reasons].sort((a, b) => b.weight - a.weight).map(({ reason }) => reason),
        },
      };
    })
    .sort((a, b) => b.suggestion.score - a.suggestion.score || a.order - b.order)
    .map(({ suggestion }) => suggestion);
}
