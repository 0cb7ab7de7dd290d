import type { QuizQuestion, Suggestion } from './types';

/** The strongest reasons a suggestion shows: enough to explain it, short enough to compare three on a phone. */
export const REASONS_SHOWN = 3;

/** A score this far below the best still reads as "a close fit" (weights are whole points). */
export const CLOSE_MARGIN = 1;

/**
 * Ranks the kinds of group that fit a full set of answers (one option id per question, in order).
 *
 * - Only kinds that fit the person's situation are suggested: those the answer to the situation
 *   question gives a positive weight. The other answers order and explain them; they never bring
 *   in a kind that does not fit (issue 16: two wrong suggestions out of three make a person doubt
 *   the right one).
 * - A kind that any answer excludes is left out entirely.
 * - Each suggestion lists the reasons of the answers that counted towards it, the strongest three, and
 *   says how well it fits in words (see FitStrength), never as a percentage.
 * - Deterministic: ties keep the order of `groupTypes`.
 */
export function scoreAnswers(
  questions: readonly QuizQuestion[],
  groupTypes: readonly string[],
  answers: readonly string[],
): Suggestion[] {
  if (answers.length !== questions.length) {
    throw new Error(`Expected ${questions.length} answers, got ${answers.length}.`);
  }
  const chosen = questions.map((question, index) => {
    const option = question.options.find((candidate) => candidate.id === answers[index]);
    if (!option) throw new Error(`"${answers[index] ?? ''}" is not an answer to question ${question.id}.`);
    return { question, option };
  });
  const situation = chosen.find(({ question }) => question.situation);
  if (!situation) throw new Error('No question is marked as the situation question.');
  const fitting = new Set(
    situation.option.weights.filter(({ weight }) => weight > 0).map(({ groupType }) => groupType),
  );
  const excluded = new Set(chosen.flatMap(({ option }) => option.excludes));

  const ranked = groupTypes
    .filter((type) => fitting.has(type) && !excluded.has(type))
    .map((type, order) => {
      let score = 0;
      let countered = false;
      const reasons: { reason: string; weight: number }[] = [];
      for (const { option } of chosen) {
        for (const { groupType, weight, reason } of option.weights) {
          if (groupType !== type) continue;
          score += weight;
          if (weight < 0) countered = true;
          if (weight > 0) reasons.push({ reason: reason ?? option.reason, weight });
        }
      }
      return { type, order, score, countered, reasons };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order);

  const best = ranked[0]?.score ?? 0;
  return ranked.map(({ type, score, countered, reasons }) => ({
    groupType: type,
    score,
    strength: !countered && score >= best - CLOSE_MARGIN ? 'close' : 'also',
    reasons: [...reasons]
      .sort((a, b) => b.weight - a.weight)
      .slice(0, REASONS_SHOWN)
      .map(({ reason }) => reason),
  }));
}
