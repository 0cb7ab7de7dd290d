import type { CollectionEntry } from 'astro:content';
import type { QuizQuestion } from './types';

/** A quiz question from its content entry, as plain data the scoring code (and the browser) reads. */
export function toQuizQuestion(entry: CollectionEntry<'quiz'>): QuizQuestion {
  return {
    id: entry.id,
    situation: entry.data.situation,
    options: entry.data.options.map((option) => ({
      id: option.id,
      reason: option.reason,
      meets: option.meets,
      topics: option.topics,
      avoids: option.avoids,
      weights: option.weights.map(({ groupType, weight, reason }) => ({ groupType: groupType.id, weight, reason })),
      excludes: option.excludes.map((type) => type.id),
    })),
  };
}
