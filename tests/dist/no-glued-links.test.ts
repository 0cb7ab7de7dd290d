/**
 * No text is glued to a link, date, code or emphasis: Astro drops the whitespace between an
 * {expression} and a tag on some lines, and a page then reads "was on27 November" or "our
 * resources pageand" (issue 14). Read over every built page, as a browser lays out the text.
 */
import { describe, expect, test } from 'vitest';
import { findGluedText } from '../support/find-glued-text';
import { listPages, readDist } from '../support/read-dist';

describe('no text is glued to an inline element', () => {
  test.each(listPages())('%s', (page) => {
    expect(findGluedText(readDist(page)).map(({ element, context }) => `<${element}> "${context}"`)).toEqual([]);
  });
});
