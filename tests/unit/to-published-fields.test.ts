import { describe, expect, test } from 'vitest';
import type { VettedEntry } from '../../src/utils/read-vetted-resources';
import { toPublishedFields } from '../../src/utils/to-published-fields';

/** A vetted entry as the research writes it: `n/a`, `null` for "not confirmed", an http-only finder. */
const entry: VettedEntry = {
  id: 'example-line',
  name: 'Example Line',
  kind: 'helpline',
  region: 'UK',
  website: 'https://example.org',
  finder: 'http://find.example.org',
  phone: [{ number: '116 123', label: 'Helpline', hours: '24/7' }],
  text: null,
  serves: 'both',
  led_by: 'peers',
  approach: 'n/a',
  formats: null,
  topics: ['general'],
  languages: ['English', 'Welsh'],
  notes: 'Formerly known as Something Else.',
  sources: ['https://example.org/about'],
  unverified: { welsh: 'seen only on a third-party page' },
};

describe('toPublishedFields', () => {
  test('leaves out a finder that is only the home page, but keeps a real finder page', () => {
    const home = { ...entry, website: 'https://www.griefshare.org', finder: 'https://www.griefshare.org/' };
    expect(toPublishedFields(home).finder).toBeUndefined();
    expect(toPublishedFields(home).website).toBe('https://www.griefshare.org');
    const finder = { ...entry, website: 'https://www.taps.org', finder: 'https://www.taps.org/caregroups' };
    expect(toPublishedFields(finder).finder).toBe('https://www.taps.org/caregroups');
  });

  test('keeps verified fields only, in our vocabulary, and leaves out what is not confirmed or not https', () => {
    expect(toPublishedFields(entry)).toStrictEqual({
      name: 'Example Line',
      kind: 'helpline',
      region: 'UK',
      website: 'https://example.org',
      phones: [{ number: '116 123', label: 'Helpline', hours: '24/7' }],
      texts: [],
      serves: 'both',
      ledBy: 'peer',
      approach: 'not-applicable',
      formats: [],
      topics: ['general'],
      languages: ['English', 'Welsh'],
      sources: ['https://example.org/about'],
    });
  });

  test('withholds what our review removes or replaces, and nothing else', () => {
    const fields = toPublishedFields(entry, {
      id: 'example-line',
      because: 'The research doubts the Welsh line and whom it serves.',
      remove: { languages: ['Welsh'], approach: ['not-applicable'] },
      replace: { serves: 'self' },
    });
    expect(fields.languages).toEqual(['English']);
    expect(fields.serves).toBe('self');
    expect(fields).not.toHaveProperty('approach');
    expect(fields.phones).toEqual(toPublishedFields(entry).phones);
  });

  test("cuts a line's hours to the part our review keeps, only when the research's hours contain it", () => {
    const doubtful = {
      ...entry,
      phone: [{ number: '116 123', label: 'Helpline', hours: '365 days a year (times not confirmed)' }],
    };
    const review = { id: 'example-line', because: 'The times are not confirmed.' };
    expect(
      toPublishedFields(doubtful, { ...review, shortenHours: { '116 123': '365 days a year' } }).phones[0]?.hours,
    ).toBe('365 days a year');
    expect(
      toPublishedFields(doubtful, { ...review, shortenHours: { '116 123': 'Every day, 9am-5pm' } }).phones[0]?.hours,
    ).toBe('365 days a year (times not confirmed)');
  });
});
