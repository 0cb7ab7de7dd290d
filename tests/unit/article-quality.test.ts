/**
 * Quality gates over every article in content/articles/: plain reading level (US grade ≤ 9 by
 * Flesch–Kincaid), body length (600 to 1,500 words) and inclusive language (no findings outside
 * src/config/language-exceptions.ts). Prints a table of every article's numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { languageExceptions } from '../../src/config/language-exceptions';
import { extractProse } from '../support/extract-prose';
import { findExclusiveLanguage, isAllowed, type LanguageFinding } from '../support/find-exclusive-language';
import { measureReadingGrade, type ReadingGrade } from '../support/measure-reading-grade';

const MAX_GRADE = 9;
const MIN_WORDS = 600;
const MAX_WORDS = 1500;

const dir = new URL('../../content/articles/', import.meta.url);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .sort();

const allowed = languageExceptions.map((exception) => exception.id);

interface Measured extends ReadingGrade {
  file: string;
  /** Every finding, before exceptions. */
  allFindings: LanguageFinding[];
  /** Findings outside the exceptions list. */
  findings: LanguageFinding[];
}

const measured = new Map<string, Measured>(
  files.map((file) => {
    const prose = extractProse(readFileSync(new URL(file, dir), 'utf8'));
    const allFindings = findExclusiveLanguage(prose, []);
    const findings = allFindings.filter((finding) => !isAllowed(finding, allowed));
    return [file, { file, ...measureReadingGrade(prose), allFindings, findings }];
  }),
);

function get(file: string): Measured {
  const result = measured.get(file);
  if (!result) throw new Error(`${file} was not measured`);
  return result;
}

beforeAll(() => {
  const rows = [...measured.values()].map((result) => {
    return [
      result.file,
      String(result.words),
      result.grade.toFixed(1),
      result.findings.map((finding) => `${finding.rule}:${finding.word}`).join(', ') || '-',
    ];
  });
  const header = ['article', 'words', 'grade', 'language findings (outside exceptions)'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  console.log(
    [
      `Article quality (grade ≤ ${MAX_GRADE}, ${MIN_WORDS}–${MAX_WORDS} words):`,
      line(header),
      line(widths.map((width) => '-'.repeat(width))),
      ...rows.map(line),
    ].join('\n'),
  );
});

test('there are articles to check', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('%s', (file) => {
  test(`reads at US grade ${MAX_GRADE} or below (Flesch–Kincaid)`, () => {
    const { grade } = get(file);
    expect(grade, `${file}: Flesch–Kincaid grade ${grade.toFixed(1)} is above ${MAX_GRADE}`).toBeLessThanOrEqual(
      MAX_GRADE,
    );
  });

  test(`has ${MIN_WORDS} to ${MAX_WORDS} words of body prose`, () => {
    const { words } = get(file);
    expect(words, `${file}: ${words} words of body prose, below ${MIN_WORDS}`).toBeGreaterThanOrEqual(MIN_WORDS);
    expect(words, `${file}: ${words} words of body prose, above ${MAX_WORDS}`).toBeLessThanOrEqual(MAX_WORDS);
  });

  test('uses no exclusive language outside the exceptions list', () => {
    const open = get(file).findings.map(
      (finding) => `${file}: "${finding.word}" (rule ${finding.rule}): ${finding.message}`,
    );
    expect(open, `${file}: exclusive language (add a reasoned exception only for a real need)`).toEqual([]);
  });
});

describe('language exceptions', () => {
  test('each has a reason and appears once', () => {
    for (const { id, reason } of languageExceptions) expect(reason.trim(), `${id} has no reason`).not.toBe('');
    expect(new Set(allowed).size).toBe(allowed.length);
  });

  test('each is needed by a current article', () => {
    // An exception is needed when some article has a finding that it allows and no other one does.
    const allFindings = [...measured.values()].flatMap((result) => result.allFindings);
    const unneeded = allowed.filter((id) => {
      const others = allowed.filter((other) => other !== id);
      return !allFindings.some((finding) => isAllowed(finding, [id]) && !isAllowed(finding, others));
    });
    expect(unneeded, 'exceptions that no current article needs; remove them').toEqual([]);
  });
});
