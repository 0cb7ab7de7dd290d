import { describe, expect, test } from 'vitest';
import { measureReadingGrade } from '../support/measure-reading-grade';

describe('measureReadingGrade', () => {
  test('counts words, sentences and syllables, and applies the Flesch–Kincaid formula', () => {
    const result = measureReadingGrade(['The dog ran. The cat hid.']);
    expect(result).toMatchObject({ words: 6, sentences: 2, syllables: 6 });
    // 0.39 × 6/2 + 11.8 × 6/6 − 15.59
    expect(result.grade).toBeCloseTo(0.39 * 3 + 11.8 - 15.59, 5);
  });

  test('simple text scores below grade 8', () => {
    const simple = [
      'A self-help group is a group of people who share a problem. They meet to help each other.',
      'You do not have to talk. You can just sit and listen. Many people do that at first.',
    ];
    expect(measureReadingGrade(simple).grade).toBeLessThan(8);
  });

  test('hard text scores above grade 12', () => {
    const hard = [
      'Organizational characteristics of mutual assistance collectivities, particularly the institutionalization ' +
        'of experiential epistemologies, substantially differentiate participatory self-help configurations from ' +
        'professionally administered therapeutic interventions.',
    ];
    expect(measureReadingGrade(hard).grade).toBeGreaterThan(12);
  });

  test('initials and abbreviations do not end a sentence', () => {
    const result = measureReadingGrade([
      'C. Everett Koop, a former U.S. surgeon general, said so. Michael K. Bartalos agreed.',
    ]);
    expect(result.sentences).toBe(2);
  });

  test('a list item without a full stop is still a sentence, and numbers are one word of at least one syllable', () => {
    expect(measureReadingGrade(['Each other', 'There were 500,000 groups in 1992.'])).toMatchObject({
      words: 8,
      sentences: 2,
      // each 1, other 2; there 1, were 1, 500000 1, groups 1, in 1, 1992 1
      syllables: 9,
    });
  });

  test('no words gives grade 0 rather than NaN', () => {
    expect(measureReadingGrade([])).toEqual({ grade: 0, words: 0, sentences: 0, syllables: 0 });
  });
});
