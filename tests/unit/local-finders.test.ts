/**
 * Facts are sacred: every way to find a local group in content/local-finders must quote the
 * research (research/local-finders.md and the other notes) word for word, graded A or B as the
 * file allows, never C; every number to call and every web address must be in its quotations;
 * and a way that points to a resource must point to one a reader can reach.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findLocalFinderProblems, type FindingWay } from '../../scripts/lib/find-local-finder-problems';
import type { ResourceFile } from '../../scripts/lib/write-resource-file';
import { localFindersSchema } from '../../src/schemas/local-finders';
import { hasContact } from '../../src/utils/has-contact';

const dir = new URL('../../content/local-finders/', import.meta.url);
const research = (file: string) => readFileSync(new URL(`../../research/${file}`, import.meta.url), 'utf8');
const readResource = (id: string) =>
  parse(readFileSync(new URL(`../../content/resources/${id}.yaml`, import.meta.url), 'utf8')) as ResourceFile;
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    id: name.slice(0, -'.yaml'.length),
    raw: parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, unknown>,
  }));

test('the four countries the research covers each have their file, named by its id', () => {
  expect(files.map(({ id }) => id).sort()).toEqual(['ca', 'ie', 'uk', 'us']);
  for (const { id, raw } of files) expect(raw['country']).toBe(id.toUpperCase());
});

describe.each(files)('content/local-finders/$id.yaml', ({ id, raw }) => {
  const parsed = localFindersSchema.safeParse(raw);

  test('matches the schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
  if (!parsed.success) return;
  const { ways, sources } = parsed.data;

  test('every quotation is in its file at an allowed grade, and every number and address is in its quotations', () => {
    for (const way of ways) expect(findLocalFinderProblems(way, research), `${id}: ${way.name ?? ''}`).toEqual([]);
  });

  test('every way a reader is offered can be reached, or says where to ask', () => {
    for (const way of ways) {
      if (way.resource) expect(hasContact(readResource(way.resource.id)), `${id}: ${way.resource.id}`).toBe(true);
    }
    // The one way with nothing to tap says where to go instead (a hospice near you).
    const bare = ways.filter((way) => !way.resource && !way.call && !way.website);
    for (const way of bare) expect(way.summary).toMatch(/\bask\b/i);
  });

  test('every source is in the research', () => {
    const all = ['local-finders.md', 'widowed.md'].map(research).join('\n');
    for (const source of sources) expect(all, `${id}: ${source}`).toContain(source);
  });

  test('publishes none of the networks\u2019 meeting-finder addresses, which the research grades C', () => {
    const published = JSON.stringify(raw); // what the site shows, not the file's comments
    const finders = research('local-finders.md').match(
      /https:\/\/[^\s)|]*(?:find|meeting|locator|support-groups)[^\s)|]*/g,
    );
    expect(finders?.length).toBeGreaterThan(5);
    for (const address of finders ?? []) {
      if (address.includes('support.smartrecovery.org')) continue; // a source page, not a finder
      expect(published).not.toContain(address);
    }
    expect(published).not.toMatch(/13 months|up to a year|hubofhope/i);
  });
});

describe('findLocalFinderProblems', () => {
  const quote = 'Accessible to 99% of the U.S. population, 211 is the FCC-designated 3-digit dialing code';
  const good: FindingWay = {
    name: '211',
    summary: 'Call 211 for information and referrals.',
    evidence: [{ file: 'local-finders.md', quote, grade: 'A' }],
    call: { number: '211', evidence: [{ file: 'local-finders.md', quote, grade: 'A' }] },
    website: {
      url: 'https://www.211.org',
      evidence: [{ file: 'local-finders.md', quote: 'https://www.211.org/about-usblog/950-days-ago', grade: 'A' }],
    },
  };

  test('passes a way whose facts are all in its quotations', () => {
    expect(findLocalFinderProblems(good, research)).toEqual([]);
  });

  test('fails a quotation that is not word for word in the file', () => {
    const changed = { ...good, evidence: [{ file: 'local-finders.md', quote: `${quote} and more`, grade: 'A' }] };
    expect(findLocalFinderProblems(changed, research)).toHaveLength(1);
  });

  test('fails a grade C source, and a grade B one without the file\u2019s allowance', () => {
    const graded = (grade: string) => ({ ...good, evidence: [{ file: 'local-finders.md', quote, grade }] });
    expect(findLocalFinderProblems(graded('C'), research).join()).toMatch(/graded C/);
    expect(findLocalFinderProblems(graded('B'), research).join()).toMatch(/grade B/);
  });

  test('fails a number to call or an address that its quotations do not give', () => {
    const call = { ...good, call: { number: '311', evidence: good.call?.evidence ?? [] } };
    expect(findLocalFinderProblems(call, research)).toEqual(['211: no quotation gives the number 311']);
    const site = { ...good, website: { url: 'https://211.org', evidence: good.website?.evidence ?? [] } };
    // "https://211.org" is not in "https://www.211.org/…": the address must be there as written.
    expect(findLocalFinderProblems(site, research)).toEqual(['211: no quotation contains the address https://211.org']);
  });

  test('fails a number or a site name in the summary that its quotations do not give', () => {
    const summary = { ...good, summary: 'Call 211 or 1-800-555-0100, or visit 211.ca.' };
    expect(findLocalFinderProblems(summary, research)).toEqual([
      '211: the number 1-800-555-0100 is in its words but not in its quotations',
      '211: the address 211.ca is in its words but not in its quotations',
    ]);
  });
});

describe('the schema', () => {
  const valid = parse(readFileSync(new URL('us.yaml', dir), 'utf8')) as { ways: Record<string, unknown>[] };
  const withWay = (way: Record<string, unknown>) => ({ ...valid, ways: [way] });
  const evidence = [{ file: 'local-finders.md', quote: 'some words from the file' }];

  test('refuses a grade C source and a grade B one without the file\u2019s allowance', () => {
    const way = (grade: string) => ({ ...valid.ways[0], evidence: evidence.map((item) => ({ ...item, grade })) });
    expect(localFindersSchema.safeParse(withWay(way('C'))).success).toBe(false);
    expect(localFindersSchema.safeParse(withWay(way('B'))).success).toBe(false);
    expect(localFindersSchema.safeParse(withWay(way('A'))).success).toBe(true);
  });

  test('refuses a way with neither its own name and summary nor a resource, and an http address', () => {
    expect(localFindersSchema.safeParse(withWay({ topics: ['grief'] })).success).toBe(false);
    const http = { ...valid.ways[0], website: { url: 'http://www.211us.org/faq.htm', evidence } };
    expect(localFindersSchema.safeParse(withWay(http)).success).toBe(false);
  });
});
