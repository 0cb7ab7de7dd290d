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
        situation?: boolean;
        options: {
          id: string;
          reason: string;
          meets?: string[];
          topics?: string[];
          avoids?: string[];
          weights?: { groupType: string; weight: number; reason?: string }[];
          excludes?: string[];
        }[];
      };
      return {
        order: data.order,
        question: {
          id: name.replace(/\.yaml$/, ''),
          situation: data.situation ?? false,
          options: data.options.map((option) => ({
            id: option.id,
            reason: option.reason,
            meets: option.meets ?? [],
            topics: option.topics ?? [],
            avoids: option.avoids ?? [],
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

/** Each group type's organizations (its `resources` list), from the frontmatter in content/group-types/. */
export function readGroupTypeOrganizations(): Record<string, string[]> {
  const dir = new URL('group-types/', contentDir);
  return Object.fromEntries(
    readGroupTypeIds().map((id) => {
      const source = readFileSync(new URL(`${id}.mdx`, dir), 'utf8');
      const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { resources?: string[] };
      return [id, frontmatter.resources ?? []];
    }),
  );
}

/** A resource as the quiz's results see it, straight from content/resources/. */
export interface ResourceForQuiz {
  id: string;
  name: string;
  kind: string;
  topics: string[];
  approach?: string;
  formats: string[];
  website?: string;
  finder?: string;
  phones: unknown[];
  texts: unknown[];
}

/** Every resource, by id. */
export function readResources(): Map<string, ResourceForQuiz> {
  const dir = new URL('resources/', contentDir);
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => {
        // The files may leave out the lists the schema defaults to [].
        const data = parse(readFileSync(new URL(name, dir), 'utf8')) as Omit<
          ResourceForQuiz,
          'id' | 'phones' | 'texts' | 'formats'
        > &
          Partial<Pick<ResourceForQuiz, 'phones' | 'texts' | 'formats'>>;
        return [
          name.replace(/\.yaml$/, ''),
          {
            ...data,
            id: name.replace(/\.yaml$/, ''),
            phones: data.phones ?? [],
            texts: data.texts ?? [],
            formats: data.formats ?? [],
          },
        ];
      }),
  );
}
