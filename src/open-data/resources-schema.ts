/**
 * The JSON Schema (draft 2020-12) of /resources.json, and the document it describes. Both live
 * here so the version number, the license and the shape change together.
 *
 * Versioning (semver): a new optional field raises the minor version; removing, renaming or
 * retyping a field, or a new required one, raises the major version. The schema is served at one
 * address and always matches the data beside it.
 */
import { approaches, formats, leadership, needTopics, regions, resourceKinds, servesOptions } from '../config/taxonomy';
import { createTranslator } from '../i18n/create-translator';
import { defaultLocale } from '../i18n/locales';
import { z } from 'astro/zod';

/** The data files are published once, in the default language. */
const t = createTranslator(defaultLocale);

/** The version of the /resources.json format (not of the data). */
// 2.0.0: lastChecked became `recorded` (when our research recorded the facts) and the optional
// `checkedLive`, because the research was compiled from stored pages, not checked live.
export const RESOURCES_FORMAT_VERSION = '2.0.0';

/** Our choice of license for the data files: CC BY 4.0. */
export const DATA_LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';

/** Where the data file and its schema are served. */
export const RESOURCES_PATH = '/resources.json';
export const RESOURCES_SCHEMA_PATH = '/resources.schema.json';

/** A JSON Schema object; loose on purpose, since Ajv (in the tests) is the judge of its shape. */
type JsonSchema = Record<string, unknown>;

/** One of a vocabulary's ids, described as "id (Label)" pairs so the schema explains each value. */
function vocabularyOf<const T extends readonly [string, ...string[]]>(
  ids: T,
  labelOf: (id: T[number]) => string,
  what: string,
) {
  const explained = ids.map((id) => `${id} (${labelOf(id)})`).join('; ');
  return z.enum(ids).meta({ description: `${what} One of: ${explained}.` });
}

/** An absolute http(s) address; http is allowed because a few organizations publish no https site. */
function webAddress(description: string) {
  // zod checks the protocol itself; the pattern says the same to readers of the JSON Schema.
  return z.url({ protocol: /^https?$/ }).meta({ description, pattern: '^https?://' });
}

/** A calendar date written YYYY-MM-DD (a real day: 2026-02-30 is refused). */
function isoDate(description: string) {
  return z.iso.date().meta({ description });
}

/** A phone line in /resources.json. */
const phoneRecord = z
  .strictObject({
    number: z
      .string()
      .regex(/^[0-9+() -]{3,20}$/)
      .meta({
        description: 'The number exactly as the organization publishes it, e.g. "1-800-662-4357" or "116 123".',
      }),
    label: z.string().min(3).meta({ description: 'What happens when you call, in plain words.' }),
    hours: z
      .string()
      .min(2)
      .optional()
      .meta({ description: 'Opening hours as published, e.g. "24/7". Left out when not verified.' }),
    href: z
      .string()
      .regex(/^tel:\+?[0-9]+$/)
      .meta({
        description: 'A tel: link that dials the number: its digits, with a leading + when the number has one.',
      }),
  })
  .meta({ description: 'A phone line the organization publishes, as verified.' });

/** A text (SMS) line in /resources.json. */
const textRecord = z
  .strictObject({
    how: z.string().min(3).meta({ description: 'The instruction as published, e.g. "Text HOME to 741741".' }),
    label: z.string().min(3).meta({ description: 'What happens when you text, in plain words.' }),
    href: z
      .string()
      .regex(/^sms:[0-9]+(\?body=[^\s]+)?$/)
      .optional()
      .meta({
        description:
          'An sms: link to the number, with the keyword as the message body when there is one. Left out when the instruction names no number.',
      }),
  })
  .meta({ description: 'A text (SMS) line the organization publishes, as verified.' });

/**
 * One resource in /resources.json: the one definition its TypeScript type, its JSON Schema and
 * the records the build writes all come from. Optional keys are left out, never null.
 */
export const resourceRecordSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .meta({
        description: 'A stable identifier: the name of the entry on our site. It does not change when details do.',
      }),
    name: z.string().min(2).max(120).meta({ description: "The organization's or service's own name." }),
    kind: vocabularyOf(resourceKinds, (id) => t(`resourceKind.${id}`), 'What kind of organization or service it is.'),
    region: vocabularyOf(regions, (id) => t(`region.${id}`), 'Where it operates.'),
    summary: z.string().min(40).max(700).meta({
      description: 'What it offers, in plain words, written by our editors from the verified notes.',
    }),
    website: webAddress('Its official website. Left out when not verified.').optional(),
    finder: webAddress('Its official group or service finder. Left out when not verified.').optional(),
    phones: z.array(phoneRecord).meta({ description: 'Verified phone lines; empty when there are none.' }),
    texts: z.array(textRecord).meta({ description: 'Verified text lines; empty when there are none.' }),
    serves: vocabularyOf(
      servesOptions,
      (id) => t(`serves.${id}`),
      'Who it serves. Left out when the sources do not say.',
    ).optional(),
    ledBy: vocabularyOf(
      leadership,
      (id) => t(`leadership.${id}`),
      'Who leads its groups or answers its line. Left out when the sources do not say.',
    ).optional(),
    approach: vocabularyOf(
      approaches,
      (id) => t(`approach.${id}`),
      'Whether it is secular, spiritual or faith-based. Left out when the sources do not say.',
    ).optional(),
    formats: z
      .array(vocabularyOf(formats, (id) => t(`format.${id}`), 'A way people can take part or get in touch.'))
      .meta({ description: 'How people can reach it; empty when not verified.', uniqueItems: true }),
    topics: z
      .array(vocabularyOf(needTopics, (id) => t(`needTopic.${id}`), 'Something it helps with.'))
      .min(1)
      .meta({ description: 'What it helps with; at least one.', uniqueItems: true }),
    languages: z.array(z.string().min(2).meta({ description: 'A language or language service, as verified.' })).meta({
      description:
        'Languages offered, as verified. Entries starting with "+" describe interpretation rather than a spoken language.',
    }),
    sources: z
      .array(webAddress('A public page the facts were checked against.'))
      .min(1)
      .meta({ description: 'The pages the facts were checked against.' }),
    recorded: isoDate(
      'When our research recorded these facts from stored copies of the pages in sources (YYYY-MM-DD). Not a live check.',
    ),
    checkedLive: isoDate(
      'When a maintainer last found the phone numbers and text lines on the live sources (YYYY-MM-DD). Absent until then.',
    ).optional(),
    url: webAddress("The resource's entry on our resources page, ending in #<id>."),
  })
  .meta({ description: 'One vetted organization or service. Only fields our research team verified are included.' });

/** One resource in /resources.json. */
export type ResourceRecord = z.infer<typeof resourceRecordSchema>;

/** The whole /resources.json document. */
const resourcesDocumentSchema = z.strictObject({
  $schema: webAddress('The address of this schema.'),
  version: z.literal(RESOURCES_FORMAT_VERSION).meta({
    description:
      'The version of this format (semver). New optional fields raise the minor version; breaking changes raise the major version.',
  }),
  generated: isoDate(
    'The newest recorded or checkedLive date among the resources (YYYY-MM-DD): when the data last changed, not when the file was built.',
  ),
  license: z.literal(DATA_LICENSE_URL).meta({
    description: 'The license of this data file: Creative Commons Attribution 4.0 International (CC BY 4.0).',
  }),
  resources: z.array(resourceRecordSchema).meta({ description: 'Every published resource, sorted by id.' }),
});

/** The whole /resources.json document. */
export type ResourcesDocument = z.infer<typeof resourcesDocumentSchema>;

/**
 * Builds the schema for /resources.json from the zod schema above. The site address goes into
 * `$id`, so the schema names the place it is served from (SITE_URL decides it at build time).
 */
export function buildResourcesSchema(site: URL | string): JsonSchema {
  const { $schema, ...schema } = z.toJSONSchema(resourcesDocumentSchema, { target: 'draft-2020-12' });
  return {
    $schema,
    $id: new URL(RESOURCES_SCHEMA_PATH, site).href,
    title: 'Common Ground resources',
    description:
      'The vetted organizations, helplines and group networks listed on Common Ground, with only their verified fields. Rebuilt with the site.',
    ...schema,
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
