/**
 * Facts are sacred: every published resource in content/resources must say exactly what the
 * repository's copy of the research (research/resources-vetted.yaml) verified for that same
 * organization, outside its `unverified:` block, or what our reading of the research notes
 * (research/lines-from-notes.yaml) quotes from them, less what our review (research/withheld.yaml)
 * withholds. No do-not-publish or withheld entry may appear, and a `checkedLive` date must come
 * from a recorded live check (research/live-checks.json, written only by npm run check:external).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { listCheckedLines, readLiveChecks } from '../../scripts/lib/check-resources-live';
import type { ResourceFile } from '../../scripts/lib/write-resource-file';
import { findEvidenceProblems } from '../../scripts/lib/find-evidence-problems';
import { findUnconfirmedLines } from '../../scripts/lib/find-unconfirmed-lines';
import { findWordsNotInQuotes } from '../../scripts/lib/find-words-not-in-quotes';
import { readLinesFromNotes, type NoteFact } from '../../src/utils/read-lines-from-notes';
import { readReviewedResources } from '../../src/utils/read-reviewed-resources';
import { readVettedResources, type VettedEntry } from '../../src/utils/read-vetted-resources';
import { readWithheldFacts } from '../../src/utils/read-withheld-facts';
import { toPublishedFields } from '../../src/utils/to-published-fields';

const dir = new URL('../../content/resources/', import.meta.url);
const vetted = readReviewedResources();
const linesFromNotes = readLinesFromNotes();
const withheld = readWithheldFacts();
const liveChecks = readLiveChecks();
const published = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    data: parse(readFileSync(new URL(name, dir), 'utf8')) as ResourceFile,
  }));

/** All verified text of a vetted entry: every field except `unverified`. */
function verifiedText(entry: VettedEntry): string {
  const { unverified, ...rest } = entry;
  return JSON.stringify(rest);
}

test('there are published resources to check', () => {
  expect(published.length).toBeGreaterThan(40);
});

test('both sources are read: the vetted file and the lines from the research notes', () => {
  expect(readVettedResources().size).toBeGreaterThan(40);
  expect(linesFromNotes.length).toBeGreaterThanOrEqual(3);
  for (const line of linesFromNotes) expect(vetted.get(line.id)?.name).toBe(line.name.value);
});

describe.each(published)('$id', ({ id, data }) => {
  const entry = vetted.get(id);
  const review = withheld.get(id);

  test('is a vetted entry that may be published', () => {
    expect(entry, `${id} is not in research/resources-vetted.yaml`).toBeDefined();
    expect(entry?.notes).not.toMatch(/do not publish/i);
    expect(review?.withholdEntry, `research/withheld.yaml withholds ${id}: ${review?.because ?? ''}`).not.toBe(true);
  });

  test('says exactly what the research verified, less what our review withholds (run scripts/import-resources.ts)', () => {
    if (!entry) return;
    const { summary, keywords, recorded, checkedLive, ...fields } = data;
    expect(fields).toEqual(toPublishedFields(entry, review));
  });

  test('its group finder is a page of its own, not its home page again', () => {
    if (data.finder === undefined) return;
    expect(data.finder.replace(/\/+$/, '')).not.toBe(data.website?.replace(/\/+$/, ''));
  });

  test('its summary adds no number, address or email the vetted entry does not verify', () => {
    if (!entry) return;
    const verified = verifiedText(entry);
    const tokens =
      data.summary.match(
        /\d[\d\s-]{2,}\d|\b[\w.-]+@[\w.-]+\b|\bhttps?:\/\/\S+|\b[\w-]+\.(?:org|com|net|uk|ie|de|gov)\b/g,
      ) ?? [];
    for (const token of tokens) expect(verified, `"${token}" in ${id}'s summary`).toContain(token.trim());
  });

  test('its summary keeps the caveats our review asks for and none of the doubted words', () => {
    for (const phrase of review?.notInSummary ?? []) expect(data.summary).not.toContain(phrase);
    for (const phrase of review?.summaryMustSay ?? []) expect(data.summary).toContain(phrase);
  });

  test('a live-check date comes from a recorded check of the lines it publishes now', () => {
    if (data.checkedLive === undefined) return;
    const check = liveChecks[id];
    expect(check, `${id} has checkedLive but research/live-checks.json has no check for it`).toBeDefined();
    expect(check?.date).toBe(data.checkedLive);
    expect(check?.found).toEqual(listCheckedLines(data));
  });
});

test('do-not-publish and withheld entries stay out', () => {
  const doNotPublish = [...vetted.values()]
    .filter((entry) => /do not publish/i.test(entry.notes) || withheld.get(entry.id)?.withholdEntry)
    .map((entry) => entry.id);
  expect(doNotPublish.length).toBeGreaterThan(1);
  for (const id of doNotPublish) expect(published.map((item) => item.id)).not.toContain(id);
});

test('every item in research/withheld.yaml names a vetted entry and says why', () => {
  for (const item of withheld.values()) {
    expect(vetted.has(item.id), `research/withheld.yaml: ${item.id} is not in the research`).toBe(true);
    expect(item.because.length).toBeGreaterThan(20);
  }
});

test('shortened hours keep only words the research gives for that line', () => {
  const items = [...withheld.values()].filter((item) => item.shortenHours);
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    for (const [number, kept] of Object.entries(item.shortenHours ?? {})) {
      const hours = vetted.get(item.id)?.phone?.find((phone) => phone.number === number)?.hours;
      expect(hours, `${item.id} has no line ${number} with hours in the research`).toBeDefined();
      expect(hours).toContain(kept);
      expect(kept.length).toBeLessThan(hours?.length ?? 0);
    }
  }
});

/** A research file's text by name (research/<file>). */
const readResearch = (file: string) => readFileSync(new URL(`../../research/${file}`, import.meta.url), 'utf8');

describe.each(linesFromNotes)('research/lines-from-notes.yaml: $id', (line) => {
  const facts: [string, NoteFact][] = [
    ['name', line.name],
    ...(line.website ? [['website', line.website] as [string, NoteFact]] : []),
    ...(line.phones ?? []).flatMap((phone, index): [string, NoteFact][] => [
      [`phones[${index}].number`, phone.number],
      [`phones[${index}].label`, phone.label],
      ...(phone.hours ? [[`phones[${index}].hours`, phone.hours] as [string, NoteFact]] : []),
    ]),
    ...(line.texts ?? []).flatMap((text, index): [string, NoteFact][] => [
      [`texts[${index}].how`, text.how],
      [`texts[${index}].label`, text.label],
    ]),
    ...(line.serves ? [['serves', line.serves] as [string, NoteFact]] : []),
  ];

  test('every quotation is in its research file, graded A or B as the file allows', () => {
    const all = [...facts.map(([, fact]) => fact), ...(line.languages ? [line.languages] : [])];
    for (const fact of all) {
      expect(fact.evidence.length).toBeGreaterThan(0);
      expect(findEvidenceProblems(fact.evidence, readResearch)).toEqual([]);
    }
    expect(findEvidenceProblems(line.about ?? [], readResearch), `${line.id}.about`).toEqual([]);
  });

  test('every published word and number is in its quotations', () => {
    for (const [field, fact] of facts) {
      if (field === 'serves') continue; // our vocabulary's word for what the quotes say
      const quotes = fact.evidence.map((evidence) => evidence.quote);
      expect(findWordsNotInQuotes(fact.value, quotes), `${line.id}.${field}`).toEqual([]);
      if (field.endsWith('.number')) expect(findUnconfirmedLines([fact.value], quotes)).toEqual([]);
      if (field === 'website') expect(quotes.some((quote) => quote.includes(fact.value))).toBe(true);
    }
    const languages = line.languages;
    if (languages) {
      for (const language of languages.value) {
        expect(
          findWordsNotInQuotes(
            language,
            languages.evidence.map((evidence) => evidence.quote),
          ),
        ).toEqual([]);
      }
    }
  });

  test('every source address is in the research file it names', () => {
    expect(line.sources.length).toBeGreaterThan(0);
    for (const source of line.sources) expect(readResearch(source.file)).toContain(source.url);
  });
});

test('findWordsNotInQuotes fails a value that adds a word or changes a digit', () => {
  const quote = '9-8-8, a suicide crisis helpline, is available to call or text, 24 hours a day.';
  expect(findWordsNotInQuotes('Call or text 9-8-8', [quote])).toEqual([]);
  expect(findWordsNotInQuotes('Call 9-8-8, free, 24/7', [quote])).toEqual(['free', '7']);
  expect(findWordsNotInQuotes('Call 9-8-5', [quote])).toEqual(['5']);
});
