import type { QuizQuestion } from './types';

/**
 * The quiz keeps its answers in the URL fragment (#answers=…), which browsers never send to a
 * server, so a result can be bookmarked and shared without anything leaving the device.
 * Format: `answers=v1.<option id>.<option id>…` in question order; a prefix is a quiz in progress.
 */
const PREFIX = 'answers=';
const VERSION = 'v1';

/** Writes answers (a prefix of the questions, in order) as a fragment, without the leading #. */
export function encodeAnswers(answers: readonly string[]): string {
  return `${PREFIX}${[VERSION, ...answers].join('.')}`;
}

/** The outcome of reading a fragment. */
export type DecodedAnswers = { status: 'empty' } | { status: 'valid'; answers: string[] } | { status: 'invalid' };

/**
 * Reads a fragment (with or without #). Anything that is not a well-formed prefix of valid
 * answers for these questions is 'invalid' (tampered, or from an older quiz): never an exception.
 */
export function decodeAnswers(fragment: string, questions: readonly QuizQuestion[]): DecodedAnswers {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text === '') return { status: 'empty' };
  if (!text.startsWith(PREFIX) || text.length > 2000) return { status: 'invalid' };
  let parts: string[];
  try {
    parts = decodeURIComponent(text.slice(PREFIX.length)).split('.');
  } catch {
    return { status: 'invalid' };
  }
  const [version, ...answers] = parts;
  if (version !== VERSION || answers.length > questions.length) return { status: 'invalid' };
  const valid = answers.every(
    (answer, index) => questions[index]?.options.some((option) => option.id === answer) === true,
  );
  return valid ? { status: 'valid', answers } : { status: 'invalid' };
}
