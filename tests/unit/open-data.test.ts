/**
 * The open-data mappers on a small fixture: the public record, the /resources.json document and
 * its schema, and the HSDS organizations with their stable UUIDs.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import {
  buildResourcesSchema,
  DATA_LICENSE_URL,
  RESOURCES_FORMAT_VERSION,
  toResourcesDocument,
} from '../../src/open-data/resources-schema';
import {
  HSDS_NAMESPACE,
  toHsdsId,
  toHsdsOrganization,
  toHsdsOrganizations,
  toUuidV5,
} from '../../src/open-data/to-hsds';
import { toResourceRecord, type ResourceData } from '../../src/open-data/to-resource-record';
import {
  phoneFieldDescriptions,
  resourceFieldDescriptions,
  textLineFieldDescriptions,
} from '../../src/schemas/resource-fields';

const SITE = 'https://common-ground.example';
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A resource with every kind of field: a call line with hours, a TTY line, two text lines, an interpretation note. */
const full: ResourceData = {
  name: 'Example Helpline',
  kind: 'helpline',
  region: 'US',
  summary: 'A free, confidential helpline for people with a problem and the people close to them.',
  keywords: [],
  website: 'https://helpline.example.org',
  finder: 'https://helpline.example.org/find',
  phones: [
    { number: '1-800-662-4357', label: 'National Helpline (1-800-662-HELP)', hours: '24/7' },
    { number: '+44 300 123 3393', label: 'TTY' },
  ],
  texts: [
    { how: 'Text HOME to 741741', label: 'Text with a trained volunteer' },
    { how: 'Use the app to message us', label: 'Chat in the app' },
  ],
  serves: 'both',
  ledBy: 'professional',
  approach: 'secular',
  formats: ['phone', 'chat'],
  topics: ['mental-health'],
  languages: ['English', 'Spanish', 'Klingon', '+ phone interpretation (250+ languages)'],
  sources: ['https://helpline.example.org/about'],
  recorded: new Date('2026-11-20T00:00:00Z'),
  checkedLive: new Date('2026-11-27T00:00:00Z'),
};

/** A resource with only the required fields. */
const bare: ResourceData = {
  name: 'Bare Group Network',
  keywords: [],
  kind: 'group-network',
  region: 'international',
  summary: 'Peer-led groups that meet in person and online, with no verified phone or text line.',
  phones: [],
  texts: [],
  formats: [],
  topics: ['general'],
  languages: [],
  sources: ['http://bare.example.org/'],
  recorded: new Date('2025-03-01T00:00:00Z'),
};

/** Paths inside a value that hold `undefined` (which JSON.stringify would silently drop). */
function undefinedPaths(value: unknown, path = '$'): string[] {
  if (value === undefined) return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => undefinedPaths(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => undefinedPaths(child, `${path}.${key}`));
  }
  return [];
}

describe('toResourceRecord', () => {
  const record = toResourceRecord('example-helpline', full, SITE);

  test('carries the verified fields and a link to the entry on our resources page', () => {
    expect(record).toMatchObject({
      id: 'example-helpline',
      name: 'Example Helpline',
      kind: 'helpline',
      region: 'US',
      website: 'https://helpline.example.org',
      finder: 'https://helpline.example.org/find',
      serves: 'both',
      ledBy: 'professional',
      approach: 'secular',
      topics: ['mental-health'],
      recorded: '2026-11-20',
      checkedLive: '2026-11-27',
      url: 'https://common-ground.example/resources/example-helpline/',
    });
  });

  test('adds tel: links, keeping a leading +', () => {
    expect(record.phones).toEqual([
      { number: '1-800-662-4357', label: 'National Helpline (1-800-662-HELP)', hours: '24/7', href: 'tel:18006624357' },
      { number: '+44 300 123 3393', label: 'TTY', href: 'tel:+443001233393' },
    ]);
  });

  test('adds an sms: link with the keyword, and no href when there is no number to text', () => {
    expect(record.texts).toEqual([
      { how: 'Text HOME to 741741', label: 'Text with a trained volunteer', href: 'sms:741741?body=HOME' },
      { how: 'Use the app to message us', label: 'Chat in the app' },
    ]);
    expect(record.texts[1]).not.toHaveProperty('href');
  });

  test('leaves out optional fields it has no value for, and no undefined leaks into JSON', () => {
    const minimal = toResourceRecord('bare-group-network', bare, SITE);
    for (const key of ['website', 'finder', 'serves', 'ledBy', 'approach']) expect(minimal).not.toHaveProperty(key);
    expect(undefinedPaths(minimal)).toEqual([]);
    expect(undefinedPaths(record)).toEqual([]);
    expect(JSON.parse(JSON.stringify(record))).toStrictEqual(record);
  });

  test('copies arrays, so the record cannot change the collection entry', () => {
    expect(record.topics).not.toBe(full.topics);
    expect(record.sources).not.toBe(full.sources);
  });
});

describe('the /resources.json document and its schema', () => {
  const records = [
    toResourceRecord('example-helpline', full, SITE),
    toResourceRecord('bare-group-network', bare, SITE),
  ];
  const document = toResourcesDocument(records, SITE);
  const schema = buildResourcesSchema(SITE);

  test('is dated by the newest recorded or live-check date, sorted by id, versioned and licensed', () => {
    expect(document.generated).toBe('2026-11-27');
    expect(toResourcesDocument([...records].reverse(), SITE)).toStrictEqual(document);
    expect(document.resources.map((resource) => resource.id)).toEqual(['bare-group-network', 'example-helpline']);
    expect(document.version).toBe(RESOURCES_FORMAT_VERSION);
    expect(document.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(document.license).toBe(DATA_LICENSE_URL);
    expect(document.$schema).toBe('https://common-ground.example/resources.schema.json');
    expect(undefinedPaths(document)).toEqual([]);
  });

  test('refuses to date an empty list', () => {
    expect(() => toResourcesDocument([], SITE)).toThrow(/no resources/);
  });

  test('is a draft 2020-12 schema with its own address as $id', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(document.$schema);
  });

  test('describes every property', () => {
    const missing: string[] = [];
    // Object.entries walks arrays too (keys "0", "1"…), so items and $defs are visited alike.
    const visit = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
        if (key === 'properties' && child !== null && typeof child === 'object') {
          for (const [name, property] of Object.entries(child as Record<string, unknown>)) {
            const description = (property as { description?: unknown }).description;
            if (typeof description !== 'string' || description.length < 10) missing.push(`${path}.${name}`);
          }
        }
        visit(child, `${path}.${key}`);
      }
    };
    visit(schema, '$');
    expect(missing).toEqual([]);
  });

  test("describes a resource's fields in the content model's words (src/schemas/resource-fields.ts)", () => {
    type Properties = Record<string, { description: string; items?: { properties: Properties } }>;
    const { properties } = (schema['properties'] as { resources: { items: { properties: Properties } } }).resources
      .items;
    const describedAs = (fields: Properties, descriptions: Readonly<Record<string, string>>) =>
      Object.entries(descriptions).map(([name, description]) => [
        name,
        fields[name]?.description.startsWith(description),
      ]);
    const allTrue = (descriptions: Readonly<Record<string, string>>) =>
      Object.keys(descriptions).map((name) => [name, true]);
    expect(describedAs(properties, resourceFieldDescriptions)).toEqual(allTrue(resourceFieldDescriptions));
    const phone = properties['phones']?.items?.properties ?? {};
    const text = properties['texts']?.items?.properties ?? {};
    expect(describedAs(phone, phoneFieldDescriptions)).toEqual(allTrue(phoneFieldDescriptions));
    expect(describedAs(text, textLineFieldDescriptions)).toEqual(allTrue(textLineFieldDescriptions));
  });

  test('accepts the document and rejects a record with an undocumented field', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    const [first, ...rest] = document.resources;
    expect(validate({ ...document, resources: [{ ...first, extra: 1 }, ...rest] })).toBe(false);
  });
});

describe('toUuidV5', () => {
  test('matches the RFC 4122 version 5 algorithm (Python: uuid5(NAMESPACE_DNS, "python.org"))', () => {
    expect(toUuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  test('is stable and a valid version 5 UUID', () => {
    expect(HSDS_NAMESPACE).toBe('163cdd65-9fd5-5e0f-9c24-790c92f3a91a');
    expect(toHsdsId('organization', 'al-anon')).toBe('6b18cbbe-02dc-5052-b4c2-fef18e9ae130');
    expect(toHsdsId('organization', 'al-anon')).toBe(toHsdsId('organization', 'al-anon'));
    expect(toHsdsId('organization', 'al-anon')).toMatch(UUID_V5);
    expect(toHsdsId('service', 'al-anon')).not.toBe(toHsdsId('organization', 'al-anon'));
  });

  test('refuses a namespace that is not a UUID', () => {
    expect(() => toUuidV5('x', 'common-ground')).toThrow(/not a lower-case UUID/);
  });
});

describe('toHsdsOrganization', () => {
  const record = toResourceRecord('example-helpline', full, SITE);
  const organization = toHsdsOrganization(record);
  const [service] = organization.services;

  test('fills the fields HSDS requires from our data', () => {
    expect(organization).toMatchObject({
      id: toHsdsId('organization', 'example-helpline'),
      name: 'Example Helpline',
      description: full.summary,
      website: 'https://helpline.example.org',
    });
    expect(organization.services).toHaveLength(1);
    expect(service).toMatchObject({
      id: toHsdsId('service', 'example-helpline'),
      organization_id: organization.id,
      name: 'Example Helpline',
      status: 'active',
      url: 'https://helpline.example.org/find',
      assured_date: '2026-11-27',
      eligibility_description: 'People with the problem and those close to them',
      service_areas: [
        { id: toHsdsId('service_area', 'example-helpline'), service_id: service?.id, name: 'United States' },
      ],
    });
  });

  test('types call, TTY and text lines, and keeps hours and keywords in the description', () => {
    expect(service?.phones.map(({ number, type, description }) => ({ number, type, description }))).toEqual([
      { number: '1-800-662-4357', type: 'voice', description: 'National Helpline (1-800-662-HELP) (hours: 24/7)' },
      { number: '+44 300 123 3393', type: 'textphone', description: 'TTY' },
      { number: '741741', type: 'text', description: 'Text HOME to 741741: Text with a trained volunteer' },
    ]);
  });

  test('separates interpretation from spoken languages, with ISO codes only where known', () => {
    expect(service?.languages.map(({ name, code }) => ({ name, code }))).toEqual([
      { name: 'English', code: 'en' },
      { name: 'Spanish', code: 'es' },
      { name: 'Klingon', code: undefined },
    ]);
    expect(service?.languages[2]).not.toHaveProperty('code');
    expect(service?.interpretation_services).toBe('Phone interpretation (250+ languages)');
  });

  test('uses only valid, unique and stable UUIDs', () => {
    const ids = JSON.stringify(organization).match(/"(?:id|organization_id|service_id)":"[^"]+"/g) ?? [];
    expect(ids.length).toBeGreaterThan(5);
    for (const pair of ids) expect(pair.split(':')[1]?.replace(/"/g, '')).toMatch(UUID_V5);
    const rowIds = (JSON.stringify(organization).match(/"id":"[^"]+"/g) ?? []).map(String);
    expect(new Set(rowIds).size).toBe(rowIds.length);
    expect(toHsdsOrganization(toResourceRecord('example-helpline', full, SITE))).toStrictEqual(organization);
  });

  test('leaves out what we do not have, and no undefined leaks into JSON', () => {
    const minimal = toHsdsOrganization(toResourceRecord('bare-group-network', bare, SITE));
    const [bareService] = minimal.services;
    expect(minimal).not.toHaveProperty('website');
    for (const key of ['url', 'interpretation_services', 'eligibility_description']) {
      expect(bareService).not.toHaveProperty(key);
    }
    expect(bareService?.phones).toEqual([]);
    expect(bareService?.languages).toEqual([]);
    expect(undefinedPaths(minimal)).toEqual([]);
    expect(undefinedPaths(organization)).toEqual([]);
  });

  test('sorts organizations by resource id', () => {
    const organizations = toHsdsOrganizations([record, toResourceRecord('bare-group-network', bare, SITE)]);
    expect(organizations.map((item) => item.name)).toEqual(['Bare Group Network', 'Example Helpline']);
  });
});
