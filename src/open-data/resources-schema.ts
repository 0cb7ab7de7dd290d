/**
 * The JSON Schema (draft 2020-12) of /resources.json, and the document it describes. Both live
 * here so the version number, the license and the shape change together.
 *
 * Versioning (semver): a new optional field raises the minor version; removing, renaming or
 * retyping a field, or a new required one, raises the major version. The schema is served at one
 * address and always matches the data beside it.
 *
 * A field that means the same here as in the content model takes its description from
 * src/schemas/resource-fields.ts, which the `resources` collection (src/content.config.ts) uses
 * too. The schema's title and description name the site, so they come from the catalogue.
 */
import { approaches, formats, leadership, needTopics, regions, resourceKinds, servesOptions } from '../config/taxonomy';
import { createTranslator } from '../i18n/create-translator';
import { defaultLocale } from '../i18n/locales';
import { routes } from '../i18n/routes';
import {
  phoneFieldDescriptions,
  resourceFieldDescriptions as fields,
  textLineFieldDescriptions,
} from '../schemas/resource-fields';
import { z } from 'astro/zod';

/** The data files are published once, in the default language. */
const t = createTranslator(defaultLocale);

/** The version of the /resources.json format (not of the data). */
// 2.0.0: lastChecked became `recorded` (when our research recorded the facts) and the optional
// `checkedLive`, because the research was compiled from stored pages, not checked live.
export const RESOURCES_FORMAT_VERSION = '2.0.0';

/** Our choice of license for the data files: CC BY 4.0. */
export const DATA_LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';

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
      .meta({ description: phoneFieldDescriptions.number }),
    label: z.string().min(3).meta({ description: phoneFieldDescriptions.label }),
    hours: z.string().min(2).optional().meta({ description: phoneFieldDescriptions.hours }),
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
    how: z.string().min(3).meta({ description: textLineFieldDescriptions.how }),
    label: z.string().min(3).meta({ description: textLineFieldDescriptions.label }),
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
    name: z.string().min(2).max(120).meta({ description: fields.name }),
    kind: vocabularyOf(resourceKinds, (id) => t(`resourceKind.${id}`), fields.kind),
    region: vocabularyOf(regions, (id) => t(`region.${id}`), fields.region),
    summary: z.string().min(40).max(700).meta({ description: fields.summary }),
    website: webAddress(fields.website).optional(),
    finder: webAddress(fields.finder).optional(),
    phones: z.array(phoneRecord).meta({ description: fields.phones }),
    texts: z.array(textRecord).meta({ description: fields.texts }),
    serves: vocabularyOf(servesOptions, (id) => t(`serves.${id}`), fields.serves).optional(),
    ledBy: vocabularyOf(leadership, (id) => t(`leadership.${id}`), fields.ledBy).optional(),
    approach: vocabularyOf(approaches, (id) => t(`approach.${id}`), fields.approach).optional(),
    formats: z
      .array(vocabularyOf(formats, (id) => t(`format.${id}`), 'A way people can take part or get in touch.'))
      .meta({ description: fields.formats, uniqueItems: true }),
    topics: z
      .array(vocabularyOf(needTopics, (id) => t(`needTopic.${id}`), 'Something it helps with.'))
      .min(1)
      .meta({ description: fields.topics, uniqueItems: true }),
    languages: z
      .array(z.string().min(2).meta({ description: 'A language or language service, as verified.' }))
      .meta({ description: fields.languages }),
    sources: z
      .array(webAddress('A public page the facts were checked against.'))
      .min(1)
      .meta({ description: fields.sources }),
    recorded: isoDate(fields.recorded),
    checkedLive: isoDate(fields.checkedLive).optional(),
    url: webAddress("The absolute address of the resource's own page on our site, ending in /resources/<id>/."),
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
  const siteName = t('site.name');
  return {
    $schema,
    $id: new URL(routes.resourcesSchema(), site).href,
    title: t('openData.schemaTitle', { siteName }),
    description: t('openData.schemaDescription', { siteName }),
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
    $schema: new URL(routes.resourcesSchema(), site).href,
    version: RESOURCES_FORMAT_VERSION,
    generated,
    license: DATA_LICENSE_URL,
    resources,
  };
}
