/** hasContact: a resource is offered only when a reader can call, text or visit it. */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import type { ResourceFile } from '../../scripts/lib/write-resource-file';
import { hasContact } from '../../src/utils/has-contact';

const none = { phones: [], texts: [] };

test('any one phone, text line, website or finder is a way to reach it', () => {
  expect(hasContact(none)).toBe(false);
  expect(hasContact({ ...none, phones: [{ number: '211' }] })).toBe(true);
  expect(hasContact({ ...none, texts: [{ how: 'Text HOME to 741741' }] })).toBe(true);
  expect(hasContact({ ...none, website: 'https://www.mind.org.uk' })).toBe(true);
  expect(hasContact({ ...none, finder: 'https://www.taps.org/caregroups' })).toBe(true);
  expect(hasContact({ ...none, website: '' })).toBe(false);
});

test('the resources the research gives no way to reach are exactly the ones we know of', () => {
  const dir = new URL('../../content/resources/', import.meta.url);
  const unreachable = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .filter((name) => !hasContact(parse(readFileSync(new URL(name, dir), 'utf8')) as ResourceFile))
    .map((name) => name.slice(0, -'.yaml'.length));
  // Three websites are "from memory" in research/resources-vetted.yaml (unverified), and Soaring
  // Spirits' only verified address is http (research/lines-from-notes.yaml says why it is left out).
  expect(unreachable.sort()).toEqual([
    'gamblers-anonymous',
    'hub-of-hope',
    'soaring-spirits-international',
    'womenheart',
  ]);
});

test('no kind of group or organizer guide offers a resource a reader cannot reach', () => {
  const offering = ['group-types', 'toolkit'].flatMap((folder) => {
    const dir = new URL(`../../content/${folder}/`, import.meta.url);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .flatMap((name) => {
        const front = readFileSync(new URL(name, dir), 'utf8').split('---')[1] ?? '';
        const ids = (parse(front) as { resources?: string[] }).resources ?? [];
        return ids.map((id) => ({ page: `${folder}/${name}`, id }));
      });
  });
  expect(offering.length).toBeGreaterThan(20);
  for (const { page, id } of offering) {
    const resource = parse(
      readFileSync(new URL(`../../content/resources/${id}.yaml`, import.meta.url), 'utf8'),
    ) as ResourceFile;
    expect(hasContact(resource), `${page} lists ${id}`).toBe(true);
  }
});
