import { describe, expect, test } from 'vitest';
import { createTranslator } from '../../src/i18n/create-translator';
import { defaultLocale } from '../../src/i18n/locales';
import { formatReference, type ReferenceDetails } from '../../src/utils/format-reference';

const t = createTranslator(defaultLocale);
const format = (work: ReferenceDetails) => formatReference(work, t, 'en');

describe('formatReference', () => {
  test('formats a fully verified journal article', () => {
    expect(
      format({
        citeAs: 'Riessman 1965',
        authors: ['Riessman, Frank'],
        year: 1965,
        title: "The 'helper' therapy principle",
        container: 'Social Work',
        locator: '10(2): 27–32',
        status: 'verified',
      }),
    ).toBe("Riessman, Frank (1965). The 'helper' therapy principle. Social Work 10(2): 27–32.");
  });
  test('gives just the author and year when nothing else is known, with no note to the reader', () => {
    expect(format({ citeAs: 'Mullan 1992', authors: ['Mullan'], year: 1992, status: 'author-year-only' })).toBe(
      'Mullan (1992).',
    );
  });
  test('handles an unsigned item with a title only', () => {
    expect(
      format({
        citeAs: '"Sharing Solutions" 1992',
        authors: [],
        year: 1992,
        title: 'Sharing Solutions',
        status: 'title-year-only',
      }),
    ).toBe('“Sharing Solutions” (1992).');
  });
  test('adds the DOI when verified', () => {
    expect(
      format({
        citeAs: 'X 1990',
        authors: ['X, Y'],
        year: 1990,
        title: 'T',
        doi: '10.1/abc',
        status: 'verified',
      }),
    ).toBe('X, Y (1990). T. doi:10.1/abc');
  });
  test('ends at the title when only a title is verified, never guessing the rest', () => {
    expect(format({ citeAs: 'X 1990', authors: ['X, Y'], year: 1990, title: 'T', status: 'likely' })).toBe(
      'X, Y (1990). T.',
    );
  });
  test('says "no date" for an undated web page, never a guessed year', () => {
    expect(
      format({
        citeAs: 'Mayo Clinic, Finding a support group',
        authors: ['Mayo Clinic'],
        title: 'Finding a support group',
        publisher: 'Mayo Clinic website',
        status: 'verified',
      }),
    ).toBe('Mayo Clinic (no date). Finding a support group. Mayo Clinic website.');
  });
  test('says "no date" after the title of an undated, unsigned item', () => {
    expect(
      format({
        citeAs: 'Effects of bereavement groups',
        authors: [],
        title: 'Effects of bereavement groups',
        doi: '10.1080/07481187.2020.1772410',
        status: 'verified',
      }),
    ).toBe('“Effects of bereavement groups” (no date). doi:10.1080/07481187.2020.1772410');
  });
});
