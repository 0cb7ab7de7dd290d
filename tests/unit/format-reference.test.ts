import { describe, expect, test } from 'vitest';
import { formatReference } from '../../src/utils/format-reference';

describe('formatReference', () => {
  test('formats a fully verified journal article', () => {
    expect(
      formatReference({
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
  test('says "details as cited" instead of guessing a missing title', () => {
    expect(
      formatReference({ citeAs: 'Mullan 1992', authors: ['Mullan'], year: 1992, status: 'author-year-only' }),
    ).toBe('Mullan (1992). Details as cited in the source text.');
  });
  test('handles an unsigned item with a title only', () => {
    expect(
      formatReference({
        citeAs: '"Sharing Solutions" 1992',
        authors: [],
        year: 1992,
        title: 'Sharing Solutions',
        status: 'title-year-only',
      }),
    ).toBe('“Sharing Solutions” (1992). Details as cited in the source text.');
  });
  test('adds the DOI when verified', () => {
    expect(
      formatReference({
        citeAs: 'X 1990',
        authors: ['X, Y'],
        year: 1990,
        title: 'T',
        doi: '10.1/abc',
        status: 'verified',
      }),
    ).toBe('X, Y (1990). T. doi:10.1/abc');
  });
  test('says "details as cited" when only a title is verified', () => {
    expect(formatReference({ citeAs: 'X 1990', authors: ['X, Y'], year: 1990, title: 'T', status: 'likely' })).toBe(
      'X, Y (1990). T. Details as cited in the source text.',
    );
  });
});
