/**
 * The JSON Schema (draft 2020-12) of /resources.json, and the document it describes. Both live
 * here so the version number, the license and the shape change together.
 *
 * Versioning (semver): a new optional field raises the minor version; removing, renaming or
 * retyping a field, or a new required one, raises the major version. The schema is served at one
 * address and always matches the data beside it.
 */
import { approaches, formats, leadership, needTopics, regions, resourceKinds, servesOptions } from '../config/taxonomy';
import type { ResourceRecord } from './to-resource-record';

/** The version of the /resources.json format (not of the data). */
// 2.0.0: lastChecked became `recorded` (when our research recorded the facts) and the optional
// `checkedLive`, because the research was compiled from stored pages, not checked live.
export const RESOURCES_FORMAT_VERSION = '2.0.0';

/** Our choice of license for the data files: CC BY 4.0. */
export const DATA_LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** Where the data file and its schema are served. */
export const RESOURCES_PATH = '/resources.json';
export const RESOURCES_SCHEMA_PATH = '/resources.schema.json';

/** The whole /resources.json document. */
export interface ResourcesDocument {
  $schema: string;
  version: string;
  generated: string;
  license: string;
  resources: ResourceRecord[];
}

/** A JSON Schema object; loose on purpose, since Ajv (in the tests) is the judge of its shape. */
type JsonSchema = Record<string, unknown>;

/** Lists a vocabulary as "key (Label)" pairs, so the schema explains each allowed value. */
function explain(vocabulary: Record<string, string>): string {
  return Object.entries(vocabulary)
    .map(([key, label]) => `${key} (${label})`)
    .join('; ');
}

/** An enum of a vocabulary's keys with a description that says what each key means. */
function vocabularyOf(vocabulary: Record<string, string>, what: string): JsonSchema {
  return { type: 'string', enum: Object.keys(vocabulary), description: `${what} One of: ${explain(vocabulary)}.` };
}

/** An absolute http(s) address; http is allowed because a few organizations publish no https site. */
function webAddress(description: string): JsonSchema {
  return { type: 'string', format: 'uri', pattern: '^https?://', description };
}

/** A calendar date written YYYY-MM-DD. */
function isoDate(description: string): JsonSchema {
  return { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description };
}

/**
 * Builds the schema for /resources.json. The site address goes into `$id`, so the schema names
 * the place it is served from (SITE_URL decides it at build time).
 */
export function buildResourcesSchema(site: URL | string): JsonSchema {
  const phone: JsonSchema = {
    type: 'object',
    description: 'A phone line the organization publishes, as verified.',
    additionalProperties: false,
    required: ['number', 'label', 'href'],
    properties: {
      number: {
        type: 'string',
        pattern: '^[0-9+() -]{3,20}$',
        description: 'The number exactly as the organization publishes it, e.g. "1-800-662-4357" or "116 123".',
      },
      label: { type: 'string', minLength: 3, description: 'What happens when you call, in plain words.' },
      hours: {
        type: 'string',
        minLength: 2,
        description: 'Opening hours as published, e.g. "24/7". Left out when not verified.',
      },
      href: {
        type: 'string',
        pattern: '^tel:\\+?[0-9]+$',
        description: 'A tel: link that dials the number: its digits, with a leading + when the number has one.',
      },
    },
  };

  const textLine: JsonSchema = {
    type: 'object',
    description: 'A text (SMS) line the organization publishes, as verified.',
    additionalProperties: false,
    required: ['how', 'label'],
    properties: {
      how: { type: 'string', minLength: 3, description: 'The instruction as published, e.g. "Text HOME to 741741".' },
      label: { type: 'string', minLength: 3, description: 'What happens when you text, in plain words.' },
      href: {
        type: 'string',
        pattern: '^sms:[0-9]+(\\?body=[^\\s]+)?$',
        description:
          'An sms: link to the number, with the keyword as the message body when there is one. Left out when the instruction names no number.',
      },
    },
  };

  const resource: JsonSchema = {
    type: 'object',
    description: 'One vetted organization or service. Only fields our research team verified are included.',
    additionalProperties: false,
    required: [
      'id',
      'name',
      'kind',
      'region',
      'summary',
      'phones',
      'texts',
      'formats',
      'topics',
      'languages',
      'sources',
      'recorded',
      'url',
    ],
    properties: {
      id: {
        type: 'string',
        pattern: '^[a-z0-9][a-z0-9-]*$',
        description: 'A stable identifier: the name of the entry on our site. It does not change when details do.',
      },
      name: { type: 'string', minLength: 2, maxLength: 120, description: "The organization's or service's own name." },
      kind: vocabularyOf(resourceKinds, 'What kind of organization or service it is.'),
      region: vocabularyOf(regions, 'Where it operates.'),
      summary: {
        type: 'string',
        minLength: 40,
        maxLength: 700,
        description: 'What it offers, in plain words, written by our editors from the verified notes.',
      },
      website: webAddress('Its official website. Left out when not verified.'),
      finder: webAddress('Its official group or service finder. Left out when not verified.'),
      phones: { type: 'array', items: phone, description: 'Verified phone lines; empty when there are none.' },
      texts: { type: 'array', items: textLine, description: 'Verified text lines; empty when there are none.' },
      serves: vocabularyOf(servesOptions, 'Who it serves. Left out when the sources do not say.'),
      ledBy: vocabularyOf(
        leadership,
        'Who leads its groups or answers its line. Left out when the sources do not say.',
      ),
      approach: vocabularyOf(
        approaches,
        'Whether it is secular, spiritual or faith-based. Left out when the sources do not say.',
      ),
      formats: {
        type: 'array',
        uniqueItems: true,
        items: vocabularyOf(formats, 'A way people can take part or get in touch.'),
        description: 'How people can reach it; empty when not verified.',
      },
      topics: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: vocabularyOf(needTopics, 'Something it helps with.'),
        description: 'What it helps with; at least one.',
      },
      languages: {
        type: 'array',
        items: { type: 'string', minLength: 2, description: 'A language or language service, as verified.' },
        description:
          'Languages offered, as verified. Entries starting with "+" describe interpretation rather than a spoken language.',
      },
      sources: {
        type: 'array',
        minItems: 1,
        items: webAddress('A public page the facts were checked against.'),
        description: 'The pages the facts were checked against.',
      },
      recorded: isoDate(
        'When our research recorded these facts from stored copies of the pages in sources (YYYY-MM-DD). Not a live check.',
      ),
      checkedLive: isoDate(
        'When a maintainer last found the phone numbers and text lines on the live sources (YYYY-MM-DD). Absent until then.',
      ),
      url: webAddress("The resource's entry on our resources page, ending in #<id>."),
    },
  };

  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL(RESOURCES_SCHEMA_PATH, site).href,
    title: 'Common Ground resources',
    description:
      'The vetted organizations, helplines and group networks listed on Common Ground, with only their verified fields. Rebuilt with the site.',
    type: 'object',
    additionalProperties: false,
    required: ['$schema', 'version', 'generated', 'license', 'resources'],
    properties: {
      $schema: webAddress('The address of this schema.'),
      version: {
        type: 'string',
        const: RESOURCES_FORMAT_VERSION,
        description:
          'The version of this format (semver). New optional fields raise the minor version; breaking changes raise the major version.',
      },
      generated: isoDate(
        'The newest recorded or checkedLive date among the resources (YYYY-MM-DD): when the data last changed, not when the file was built.',
      ),
      license: {
        type: 'string',
        const: DATA_LICENSE_URL,
        description: 'The license of this data file: Creative Commons Attribution 4.0 International (CC BY 4.0).',
      },
      resources: {
        type: 'array',
        items: { $ref: '#/$defs/resource' },
        description: 'Every published resource, sorted by id.',
      },
    },
    $defs: { resource },
  };
}

/**
 * Wraps records into the /resources.json document, sorted by id. `generated` is the newest
 * recorded or checkedLive date, not the build time, so two builds of the same content are byte-identical.
 */
export function toResourcesDocument(records: readonly ResourceRecord[], site: URL | string): ResourcesDocument {
  const resources = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // ISO dates sort as text, so the greatest string is the newest date.
  const generated = resources
    .flatMap((record) => [record.recorded, record.checkedLive ?? record.recorded])
    .sort()
    .at(-1);
  if (generated === undefined) throw new Error('There are no resources to publish in /resources.json.');
  return {
    $schema: new URL(RESOURCES_SCHEMA_PATH, site).href,
    version: RESOURCES_FORMAT_VERSION,
    generated,
    license: DATA_LICENSE_URL,
    resources,
  };
}
