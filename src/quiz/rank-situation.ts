import { CLOSE_MARGIN } from './score-answers';
import type { QuizOption, Suggestion } from './types';

/**
 * The kinds of group that fit one answer to the situation question, before any other answer:
 * strongest weight first (ties keep the option's order), each with its own reason, and "close"
 * within the same margin the full quiz uses. For the plain page of that situation.
 */
export function rankSituation(option: QuizOption): Suggestion[] {
  const fitting = option.weights.filter(({ weight }) => weight > 0);
  const best = Math.max(0, ...fitting.map(({ weight }) => weight));
  return fitting
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.weight - a.entry.weight || a.order - b.order)
    .map(({ entry }) => ({
      groupType: entry.groupType,
      score: entry.weight,
      strength: entry.weight >= best - CLOSE_MARGIN ? 'close' : 'also',
      reasons: [entry.reason ?? option.reason],
    }));
}
