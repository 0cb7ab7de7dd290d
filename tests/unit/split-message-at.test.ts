import { describe, expect, test } from 'vitest';
import { createTranslator } from '../../src/i18n/create-translator';
import { defaultLocale } from '../../src/i18n/locales';
import { correctionLink } from '../../src/utils/correction-link';
import { splitMessageAt } from '../../src/utils/split-message-at';

const t = createTranslator(defaultLocale);

describe('splitMessageAt', () => {
  test('gives the text before and after the placeholder, so an element can stand there', () => {
    expect(splitMessageAt((slot) => t('reviewDates.lastReviewed', { date: slot }))).toEqual(['Last reviewed ', '']);
    expect(splitMessageAt((slot) => `On ${slot}, it changed.`)).toEqual(['On ', ', it changed.']);
  });
  test('refuses a message that drops the placeholder or repeats it', () => {
    expect(() => splitMessageAt(() => 'No date here')).toThrow(/exactly once/);
    expect(() => splitMessageAt((slot) => `${slot} and ${slot}`)).toThrow(/exactly once/);
  });
});

describe('correctionLink', () => {
  test('names the page in the subject and gives its address in the body, from the catalogue', () => {
    const link = correctionLink('Al-Anon', 'https://common-ground.example/resources/al-anon/', undefined, t);
    const url = new URL(link);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('corrections@common-ground.example');
    expect(url.searchParams.get('subject')).toBe(t('correction.subject', { name: 'Al-Anon' }));
    expect(url.searchParams.get('body')).toBe(
      t('correction.body', { url: 'https://common-ground.example/resources/al-anon/' }),
    );
  });
});
