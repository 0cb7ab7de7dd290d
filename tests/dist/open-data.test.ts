/**
 * The built open-data exports: /resources.json must follow /resources.schema.json, and the HSDS
 * export must follow the official Open Referral HSDS 3.0 schemas. Both must publish exactly one
 * record per file in content/resources/, only phone numbers that file verifies, and only
 * well-formed http(s) addresses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020, type AnySchemaObject, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { toHsdsId, type HsdsOrganization } from '../../src/open-data/to-hsds';
import type { ResourcesDocument } from '../../src/open-data/resources-schema';
import { readDist } from '../support/read-dist';

/** Only the digits of a number or instruction: "Text 9-8-8" → "988". */
const digitsOf = (text: string) => text.replace(/\D/g, '');
const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';
const resourcesDir = resolve(import.meta.dirname, '../../content/resources');
const hsdsSchemaDir = resolve(import.meta.dirname, '../../standards/openreferral-hsds-3.0/schema');
const hsdsExamplesDir = resolve(hsdsSchemaDir, '../examples');

const resourceIds = readdirSync(resourcesDir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length))
  .sort();

/** The verified phone numbers and text instructions of one resource, read from its YAML. */
function verifiedLinesOf(id: string) {
  const text = readFileSync(join(resourcesDir, `${id}.yaml`), 'utf8');
  const data = parse(text) as { phones?: { number: string }[]; texts?: { how: string }[] };
  return {
    text,
    numbers: (data.phones ?? []).map((phone) => phone.number),
    textInstructions: (data.texts ?? []).map((line) => line.how),
  };
}

/** Ajv's errors as readable lines, so a failure says which record and field broke which rule. */
function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} (${error.schemaPath})`);
}

/** Every string in a JSON value with the key it sits under (array items inherit their array's key). */
function stringsIn(value: unknown, key = ''): { key: string; value: string }[] {
  if (typeof value === 'string') return [{ key, value }];
  if (Array.isArray(value)) return value.flatMap((item) => stringsIn(item, key));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, child]) => stringsIn(child, name));
  }
  return [];
}

/** Keys that must hold a web address in either export. */
const URL_KEYS = new Set(['$schema', '$id', 'license', 'website', 'finder', 'sources', 'url']);

/** Why a string is not a well-formed http(s) address, or undefined when it is one. */
function urlProblem(value: string): string | undefined {
  if (/\s/.test(value)) return 'contains white space';
  if (!URL.canParse(value)) return 'cannot be parsed';
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `uses ${url.protocol}`;
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(url.hostname)) return `has the host "${url.hostname}"`;
  return undefined;
}

/** Lists the badly formed addresses in a document: URL keys that are not http(s), and any broken http(s) string. */
function badUrlsIn(document: unknown): string[] {
  return stringsIn(document)
    .filter(({ key, value }) => URL_KEYS.has(key) || /^https?:/i.test(value))
    .flatMap(({ key, value }) => {
      const problem = urlProblem(value);
      return problem === undefined ? [] : [`${key}: ${value} ${problem}`];
    });
}

describe('/resources.json', () => {
  const document = JSON.parse(readDist('resources.json')) as ResourcesDocument;
  const schema = JSON.parse(readDist('resources.schema.json')) as AnySchemaObject;

  test('its schema is draft 2020-12 and names itself where the data points', () => {
    expect(schema.$schema).toBe(DRAFT_2020_12);
    expect(document.$schema).toBe(schema.$id);
  });

  test('validates against /resources.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(document), describeErrors(validate.errors).join('\n')).toBe(true);
  });

  test('the schema rejects a record with an undocumented field or a bad link', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const [first] = document.resources;
    if (first === undefined) throw new Error('/resources.json is empty.');
    expect(validate({ ...document, resources: [{ ...first, extra: true }] })).toBe(false);
    expect(validate({ ...document, resources: [{ ...first, url: 'ftp://example.org/' }] })).toBe(false);
    expect(validate({ ...document, resources: [{ ...first, recorded: '2026-02-30' }] })).toBe(false);
  });

  test('has one record per file in content/resources/', () => {
    expect(document.resources).toHaveLength(resourceIds.length);
    expect(document.resources.map((resource) => resource.id)).toEqual(resourceIds);
  });

  test('is dated by the newest check, not by the build', () => {
    const newest = document.resources.flatMap((resource) => [resource.recorded, resource.checkedLive ?? '']).sort();
    expect(document.generated).toBe(newest.at(-1));
  });

  test('publishes only phone numbers and text lines its YAML verifies', () => {
    const strays = document.resources.flatMap((resource) => {
      const verified = verifiedLinesOf(resource.id);
      return [
        ...resource.phones.filter((phone) => !verified.numbers.includes(phone.number)).map((p) => p.number),
        ...resource.texts.filter((line) => !verified.textInstructions.includes(line.how)).map((l) => l.how),
      ].map((line) => `${resource.id}: ${line}`);
    });
    expect(strays).toEqual([]);
  });

  test('every address is a well-formed http(s) URL', () => {
    expect(badUrlsIn(document)).toEqual([]);
    expect(badUrlsIn(schema)).toEqual([]);
  });
});

describe('/open-data/hsds/organizations.json', () => {
  const organizations = JSON.parse(readDist('open-data/hsds/organizations.json')) as HsdsOrganization[];

  const files = readdirSync(hsdsSchemaDir).filter((name) => name.endsWith('.json'));
  const schemas = files.map((name) => ({
    name,
    schema: JSON.parse(readFileSync(join(hsdsSchemaDir, name), 'utf8')) as AnySchemaObject,
  }));
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  // HSDS annotates its JSON Schemas with Frictionless Data Package keywords. Declaring them keeps
  // strict mode on for everything else, so a typo'd keyword still fails.
  ajv.addVocabulary([
    'name',
    'path',
    'datapackage_metadata',
    'datapackage_type',
    'constraints',
    'example',
    'core',
    'tabular_required',
  ]);
  // The files refer to each other as "phone.json" and so on, and carry no $id. Giving each its
  // own file URL as $id lets those relative $refs resolve exactly as they would on disk.
  for (const { name, schema } of schemas) {
    ajv.addSchema({ ...schema, $id: pathToFileURL(join(hsdsSchemaDir, name)).href });
  }
  const validatorOf = (name: string) => {
    const validate = ajv.getSchema(pathToFileURL(join(hsdsSchemaDir, name)).href);
    if (validate === undefined) throw new Error(`${name} is not among the HSDS schemas`);
    return validate;
  };
  const validateOrganization = validatorOf('organization.json');
  const validateService = validatorOf('service.json');

  test('the official schemas declare no other draft than 2020-12, and all compile', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const { name, schema } of schemas) expect(schema.$schema ?? DRAFT_2020_12, name).toBe(DRAFT_2020_12);
    for (const { name } of schemas) expect(() => validatorOf(name), name).not.toThrow();
  });

  test('the validator accepts the official full organization example', () => {
    const example = JSON.parse(readFileSync(join(hsdsExamplesDir, 'organization_full.json'), 'utf8')) as {
      services: unknown[];
    };
    expect(validateOrganization(example), describeErrors(validateOrganization.errors).join('\n')).toBe(true);
  });

  test('the validator is not vacuous: it rejects broken rows', () => {
    const [first] = organizations;
    if (first === undefined) throw new Error('The HSDS export is empty.');
    const { description, ...withoutDescription } = first;
    expect(description.length).toBeGreaterThan(0);
    expect(validateOrganization(withoutDescription)).toBe(false);
    expect(validateOrganization({ ...first, id: 'al-anon' })).toBe(false);
    const [service] = first.services;
    expect(validateService({ ...service, status: 'open' })).toBe(false);
    expect(validateService({ ...service, url: 'not a url' })).toBe(false);
  });

  test('has one organization per file in content/resources/, with the ids derived from them', () => {
    expect(organizations).toHaveLength(resourceIds.length);
    expect(organizations.map((organization) => organization.id)).toEqual(
      resourceIds.map((id) => toHsdsId('organization', id)),
    );
  });

  test('every organization validates against the official organization.json', () => {
    const failures = organizations.flatMap((organization) =>
      validateOrganization(organization)
        ? []
        : describeErrors(validateOrganization.errors).map((error) => `${organization.name}: ${error}`),
    );
    expect(failures).toEqual([]);
  });

  // organization.json does not declare `services` (only the examples nest them), so it would let
  // anything through there: each nested service is checked against service.json on its own.
  test('every nested service validates against the official service.json', () => {
    const services = organizations.flatMap((organization) => organization.services);
    expect(services.length).toBeGreaterThanOrEqual(organizations.length);
    const failures = services.flatMap((service) =>
      validateService(service) ? [] : describeErrors(validateService.errors).map((error) => `${service.name}: ${error}`),
    );
    expect(failures).toEqual([]);
  });

  test('every id is unique across the file', () => {
    const ids = stringsIn(organizations)
      .filter(({ key }) => key === 'id')
      .map(({ value }) => value);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("publishes only phone numbers its resource's YAML verifies", () => {
    const strays = organizations.flatMap((organization, index) => {
      const id = resourceIds[index] ?? '';
      const verified = verifiedLinesOf(id);
      return organization.services
        .flatMap((service) => service.phones)
        .filter((phone) =>
          // A text line's number is the one its sms: link texts: "Text 9-8-8" texts 988.
          phone.type === 'text'
            ? !verified.textInstructions.some((how) => digitsOf(how).includes(digitsOf(phone.number)))
            : !verified.numbers.includes(phone.number),
        )
        .map((phone) => `${id}: ${phone.number} (${phone.type})`);
    });
    expect(strays).toEqual([]);
    // The plain reading of the rule too: each number is written in that resource's file.
    for (const [index, organization] of organizations.entries()) {
      const { text } = verifiedLinesOf(resourceIds[index] ?? '');
      for (const phone of organization.services.flatMap((service) => service.phones)) {
        expect(phone.type === 'text' ? digitsOf(text) : text).toContain(phone.type === 'text' ? digitsOf(phone.number) : phone.number);
      }
    }
  });

  test('every address is a well-formed http(s) URL', () => {
    expect(badUrlsIn(organizations)).toEqual([]);
  });
});
