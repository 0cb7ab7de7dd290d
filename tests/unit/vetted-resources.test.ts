/**
 * Facts are sacred: every published resource in content/resources must say exactly what the
 * repository's copy of the research (research/resources-vetted.yaml) verified for that same
 * organization, outside its `unverified:` block, less what our review (research/withheld.yaml)
 * withholds. No do-not-publish or withheld entry may appear, and a `checkedLive` date must come
 * from a recorded live check (research/live-checks.json, written only by npm run check:external).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { listCheckedLines, readLiveChecks } from '../../scripts/lib/check-resources-live';
import type { ResourceFile } from '../../scripts/lib/write-resource-file';
import { readVettedResources, type VettedEntry } from '../../src/utils/read-vetted-resources';
import { readWithheldFacts } from '../../src/utils/read-withheld-facts';
import { toPublishedFields } from '../../src/utils/to-published-fields';

const dir = new URL('../../content/resources/', import.meta.url);
const vetted = readVettedResources();
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
    const { summary, recorded, checkedLive, ...fields } = data;
    expect(fields).toEqual(toPublishedFields(entry, review));
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
