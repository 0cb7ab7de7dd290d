/**
 * The same plain-language gates as the articles, for the other pages people read: kinds of group
 * and the organizer toolkit. Reading level US grade 9 or below, and no exclusive language outside
 * src/config/language-exceptions.ts. (Length limits apply to articles only: handouts are short.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { languageExceptions } from '../../src/config/language-exceptions';
import { extractProse } from '../support/extract-prose';
import { findExclusiveLanguage, isAllowed } from '../support/find-exclusive-language';
import { measureReadingGrade } from '../support/measure-reading-grade';

const MAX_GRADE = 9;
const allowed = languageExceptions.map((exception) => exception.id);
const pages = ['group-types', 'toolkit'].flatMap((folder) => {
  const dir = new URL(`../../content/${folder}/`, import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ file: `${folder}/${name}`, prose: extractProse(readFileSync(new URL(name, dir), 'utf8')) }));
});

test('there are group-type and toolkit pages to check', () => {
  expect(pages.length).toBeGreaterThanOrEqual(18);
});

describe.each(pages)('$file', ({ file, prose }) => {
  test(`reads at US grade ${MAX_GRADE} or below`, () => {
    const { grade, words } = measureReadingGrade(prose);
    console.log(`${file}: ${words} words, grade ${grade.toFixed(1)}`);
    expect(grade, `${file}: grade ${grade.toFixed(1)}`).toBeLessThanOrEqual(MAX_GRADE);
  });
  test('uses no exclusive language outside the exceptions list', () => {
    const open = findExclusiveLanguage(prose, [])
      .filter((finding) => !isAllowed(finding, allowed))
      .map((finding) => `"${finding.word}" (rule ${finding.rule}): ${finding.message}`);
    expect(open).toEqual([]);
  });
});
