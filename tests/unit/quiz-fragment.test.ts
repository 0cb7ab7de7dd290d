/** The shareable fragment: round-trips answers, and 10,000 random or tampered fragments never throw. */
import { describe, expect, test } from 'vitest';
import { decodeAnswers, encodeAnswers } from '../../src/quiz/answers-fragment';
import { readQuizQuestions } from '../support/read-quiz';
import { seededRandom as random } from '../../scripts/lib/seeded-random';

const questions = readQuizQuestions();
const full = questions.map((question) => question.options.at(-1)?.id ?? '');

describe('encodeAnswers / decodeAnswers', () => {
  test('round-trips a full set of answers and every prefix of it', () => {
    for (let length = 0; length <= full.length; length += 1) {
      const answers = full.slice(0, length);
      expect(decodeAnswers(`#${encodeAnswers(answers)}`, questions)).toEqual({ status: 'valid', answers });
    }
  });
  test('an empty fragment is a fresh start, not an error', () => {
    expect(decodeAnswers('', questions)).toEqual({ status: 'empty' });
    expect(decodeAnswers('#', questions)).toEqual({ status: 'empty' });
  });
  test.each([
    ['another version', `#answers=v0.${full[0] ?? ''}`],
    ['an unknown answer', '#answers=v1.not-an-answer'],
    ['an answer to the wrong question', `#answers=v1.${questions[1]?.options[0]?.id ?? ''}`],
    ['too many answers', `#${encodeAnswers([...full, 'extra'])}`],
    ['broken escapes', '#answers=v1.%E0%A4%A'],
    ['something else entirely', '#main-content'],
  ])('%s is invalid', (_name, fragment) => {
    expect(decodeAnswers(fragment, questions)).toEqual({ status: 'invalid' });
  });
});

test('10,000 random and tampered fragments never throw', () => {
  const next = random(20261127);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-.=%#&?v';
  const valid = encodeAnswers(full);
  let invalid = 0;
  for (let i = 0; i < 10_000; i += 1) {
    let fragment: string;
    if (i % 2 === 0) {
      fragment = Array.from(
        { length: Math.floor(next() * 80) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join('');
    } else {
      const chars = valid.split(''); // the fragment is ASCII by construction
      const position = Math.floor(next() * chars.length);
      chars[position] = alphabet[Math.floor(next() * alphabet.length)] ?? '';
      fragment = chars.join('');
    }
    const result = decodeAnswers(fragment, questions);
    expect(['empty', 'valid', 'invalid']).toContain(result.status);
    if (result.status === 'invalid') invalid += 1;
  }
  expect(invalid).toBeGreaterThan(5_000);
});
