import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { QuizQuestion } from '../../src/quiz/types';

const contentDir = new URL('../../content/', import.meta.url);

/** The quiz questions straight from content/quiz/ (getCollection is empty inside Vitest). */
export function readQuizQuestions(): QuizQuestion[] {
  const dir = new URL('quiz/', contentDir);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const data = parse(readFileSync(new URL(name, dir), 'utf8')) as {
        order: number;
        options: {
          id: string;
          reason: string;
          meets?: string[];
          weights?: { groupType: string; weight: number }[];
          excludes?: string[];
        }[];
      };
      return {
        order: data.order,
        question: {
          id: name.replace(/\.yaml$/, ''),
          options: data.options.map((option) => ({
            id: option.id,
            reason: option.reason,
            meets: option.meets ?? [],
            weights: option.weights ?? [],
            excludes: option.excludes ?? [],
          })),
        },
      };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ question }) => question);
}

/** Each question's prompt, in quiz order, as the page shows it. */
export function readQuizPrompts(): string[] {
  const dir = new URL('quiz/', contentDir);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parse(readFileSync(new URL(name, dir), 'utf8')) as { order: number; prompt: string })
    .sort((a, b) => a.order - b.order)
    .map((question) => question.prompt);
}

/** Each question's answer labels, in quiz order, as the page shows them. */
export function readQuizOptionLabels(): string[][] {
  const dir = new URL('quiz/', contentDir);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parse(readFileSync(new URL(name, dir), 'utf8')) as { order: number; options: { label: string }[] })
    .sort((a, b) => a.order - b.order)
    .map((question) => question.options.map((option) => option.label));
}

/** The group type ids, from the file names in content/group-types/. */
export function readGroupTypeIds(): string[] {
  return readdirSync(new URL('group-types/', contentDir))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, ''))
    .sort();
}
