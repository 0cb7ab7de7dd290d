/**
 * Facts are sacred, and these are the ones a person in danger reads first: every emergency
 * number, note and way in for deaf people in content/emergency-numbers must quote
 * research/emergency-numbers.md (or another research file) word for word, graded A or B as the
 * file allows, and may add no number its quotations do not give. What the research says not to
 * publish stays out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findEvidenceProblems, type Evidence } from '../../scripts/lib/find-evidence-problems';
import { findUnconfirmedLines } from '../../scripts/lib/find-unconfirmed-lines';
import { countries } from '../../src/config/taxonomy';
import { emergencyNumbersSchema } from '../../src/schemas/emergency-numbers';

const dir = new URL('../../content/emergency-numbers/', import.meta.url);
const research = (file: string) => readFileSync(new URL(`../../research/${file}`, import.meta.url), 'utf8');
const numbersFile = research('emergency-numbers.md');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: name.slice(0, -'.yaml'.length), text: readFileSync(new URL(name, dir), 'utf8') }))
  .map((file) => ({ ...file, raw: parse(file.text) as Record<string, unknown> }));

/** The numbers a reader sees in a text: "9-1-1", "999", "18000" (not single digits like "3"). */
function numbersIn(text: string): string[] {
  return text.match(/\d(?:[\d -]*\d)?/g)?.filter((run) => run.replace(/\D/g, '').length >= 3) ?? [];
}

test('every country of /help-now/ has its file, named by its id', () => {
  expect(files.map(({ id }) => id).sort()).toEqual(countries.map((country) => country.toLowerCase()).sort());
  for (const { id, raw } of files) expect(raw['country']).toBe(id.toUpperCase());
});

describe.each(files)('content/emergency-numbers/$id.yaml', ({ id, raw }) => {
  const parsed = emergencyNumbersSchema.safeParse(raw);

  test('matches the schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
  if (!parsed.success) return;
  const data = parsed.data;
  const facts: { what: string; says: string[]; evidence: Evidence[] }[] = [
    ...data.numbers.map(({ number, evidence }) => ({ what: `number ${number}`, says: [number], evidence })),
    ...(data.note ? [{ what: 'note', says: [data.note.says], evidence: data.note.evidence }] : []),
    ...data.access.map(({ says, call, text, evidence }, index) => ({
      what: `access[${index}]`,
      says: [says, call ?? '', text ?? ''],
      evidence,
    })),
  ];

  test('every quotation is in its research file, graded A or B as the file allows', () => {
    for (const fact of facts) expect(findEvidenceProblems(fact.evidence, research), `${id} ${fact.what}`).toEqual([]);
  });

  test('every number it shows is one its quotations give', () => {
    for (const fact of facts) {
      const quotes = fact.evidence.map((evidence) => evidence.quote);
      const shown = fact.says.flatMap(numbersIn);
      expect(findUnconfirmedLines(shown, quotes), `${id} ${fact.what}`).toEqual([]);
    }
  });

  test('every address it links to or cites is in the research', () => {
    for (const source of data.sources) expect(numbersFile, `${id}: ${source}`).toContain(source);
    for (const { website } of data.access) if (website) expect(numbersFile).toContain(website);
  });
});

test('nothing the research says not to publish appears', () => {
  // Each bullet of the research that says "do not publish", and the numbers in it.
  const withheld = numbersFile
    .split(/\n\s*- /)
    .filter((bullet) => /do not publish/i.test(bullet))
    .flatMap((bullet) => bullet.match(/\b\d{4} \d{3} \d{3}\b/g) ?? []);
  expect(withheld).toContain('0423 677 767');
  const published = files.map(({ text }) => text).join('\n');
  for (const number of withheld) expect(findUnconfirmedLines([number], [published])).toEqual([number]);
  // Two official pages disagree about the emergencySMS website and the research asks for a live
  // check first, so neither address is published (content/emergency-numbers/uk.yaml says why).
  expect(published).not.toMatch(/emergencysms\.(?:org|co)\.uk/);
});

describe('the schema', () => {
  const valid = parse(readFileSync(new URL('uk.yaml', dir), 'utf8')) as {
    numbers: { evidence: Record<string, unknown>[] }[];
  };
  test('refuses a grade C source and a grade B one without the file\u2019s allowance', () => {
    const withGrade = (evidence: Record<string, unknown>) => ({
      ...valid,
      numbers: [{ ...valid.numbers[0], evidence: [evidence] }],
    });
    const quote = { file: 'emergency-numbers.md', quote: 'some words from the file' };
    expect(emergencyNumbersSchema.safeParse(withGrade({ ...quote, grade: 'C' })).success).toBe(false);
    expect(emergencyNumbersSchema.safeParse(withGrade({ ...quote, grade: 'B' })).success).toBe(false);
    expect(
      emergencyNumbersSchema.safeParse(withGrade({ ...quote, grade: 'B', allowedBy: 'B (copy of FCC text)' })).success,
    ).toBe(true);
  });
});
