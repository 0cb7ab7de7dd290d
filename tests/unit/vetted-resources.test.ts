/**
 * Facts are sacred: every phone number, text line and address in content/resources must be one
 * that ../shared/research/resources-vetted.yaml verified for that same organization, outside
 * its `unverified:` block, and no do-not-publish entry may appear.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { readVettedResources, type VettedEntry } from '../../src/utils/read-vetted-resources';

const dir = new URL('../../content/resources/', import.meta.url);
const vetted = readVettedResources();
const published = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    data: parse(readFileSync(new URL(name, dir), 'utf8')) as Record<string, unknown> & {
      name: string;
      summary: string;
      website?: string;
      finder?: string;
      phones?: { number: string; label: string; hours?: string }[];
      texts?: { how: string; label: string }[];
      sources: string[];
    },
  }));

/** All verified text of a vetted entry: every field except `unverified`. */
function verifiedText(entry: VettedEntry): string {
  const { unverified, ...rest } = entry;
  return JSON.stringify(rest);
}

test('there are published resources to check', () => {
  expect(published.length).toBeGreaterThan(40);
});

describe.each(published)('$id', ({ id, data }) => {
  const entry = vetted.get(id);

  test('is a vetted entry that may be published', () => {
    expect(entry, `${id} is not in resources-vetted.yaml`).toBeDefined();
    expect(entry?.notes).not.toMatch(/do not publish/i);
    expect(data.name).toBe(entry?.name);
  });

  test('publishes only verified phone and text lines', () => {
    const phones = (entry?.phone ?? []).map(({ number, label, hours }) => ({
      number,
      label,
      ...(hours ? { hours } : {}),
    }));
    expect(data.phones ?? []).toEqual(phones);
    expect(data.texts ?? []).toEqual((entry?.text ?? []).map(({ how, label }) => ({ how, label })));
  });

  test('publishes only verified addresses and sources', () => {
    // An address may be left out (e.g. one only verified as http), never changed or added.
    if (data.website !== undefined) expect(data.website).toBe(entry?.website);
    if (data.finder !== undefined) expect(data.finder).toBe(entry?.finder);
    for (const source of data.sources) expect(entry?.sources).toContain(source);
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
});

test('the do-not-publish entry stays out', () => {
  const doNotPublish = [...vetted.values()]
    .filter((entry) => /do not publish/i.test(entry.notes))
    .map((entry) => entry.id);
  expect(doNotPublish.length).toBeGreaterThan(0);
  for (const id of doNotPublish) expect(published.map((item) => item.id)).not.toContain(id);
});
