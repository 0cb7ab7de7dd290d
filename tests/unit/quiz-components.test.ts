/**
 * The quiz's server-rendered words: a question's progress and error message, and a result card's
 * "what to expect" sentence, all from the catalogue (the island itself holds no reader string).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CollectionEntry } from 'astro:content';
import { approaches, formats } from '../../src/config/taxonomy';
import en from '../../src/translations/en';
import { pageLocals } from '../support/page-locals';
import QuizQuestion from '../../src/components/quiz/QuizQuestion.astro';
import QuizResultCard from '../../src/components/quiz/QuizResultCard.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('QuizQuestion', () => {
  const props = {
    id: 'q',
    number: 2,
    total: 5,
    prompt: 'A prompt?',
    options: [{ id: 'a', label: 'An answer' }],
  };
  test('numbers itself "Question n of N" in the legend', async () => {
    const html = await container.renderToString(QuizQuestion, { locals: pageLocals(), props });
    expect(html).toContain('<span class="quiz-progress">Question 2 of 5</span>');
  });
  test('its error message starts with a prefix only screen readers hear', async () => {
    const html = await container.renderToString(QuizQuestion, { locals: pageLocals(), props });
    expect(html).toContain(
      `<span class="visually-hidden">${en['quiz.errorPrefix']}</span> ${en['quiz.errorMessage']}</p>`,
    );
  });
});

describe('QuizResultCard', () => {
  const type = {
    id: 'twelve-step-fellowships',
    data: {
      shortName: 'Twelve-step fellowships',
      description: 'A description.',
      leadership: 'peer',
      approach: 'spiritual-not-religious',
      formats: ['in-person', 'online', 'phone'],
    },
  } as unknown as CollectionEntry<'groupTypes'>;
  test('links the kind of group and says what to expect in one sentence, labels in lower case', async () => {
    const html = await container.renderToString(QuizResultCard, {
      locals: pageLocals(),
      props: { type, resources: [], articles: [] },
    });
    expect(html).toContain('<a href="/groups/twelve-step-fellowships/">Twelve-step fellowships</a>');
    expect(html).toContain(
      '<p>Led by peers. Spiritual element: spiritual, not religious. Ways to take part: in person, online, phone.</p>',
    );
  });
});

// The cards used to lower-case the vocabulary's labels in code; English still reads the same.
test('in English, the in-sentence forms are the labels of the vocabularies in lower case', () => {
  for (const approach of approaches)
    expect(en[`quiz.approachInSentence.${approach}`]).toBe(en[`groupApproach.${approach}`].toLowerCase());
  for (const format of formats)
    expect(en[`quiz.formatInSentence.${format}`]).toBe(en[`format.${format}`].toLowerCase());
});
