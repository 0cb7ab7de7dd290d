/**
 * What each field of a vetted resource means, written once for the two schemas that describe it:
 * the `resources` collection in src/content.config.ts (what an editor or the importer writes) and
 * the published record of /resources.json in src/open-data/resources-schema.ts (what a directory
 * reads). Both attach these with `.meta({ description })`, so the published JSON Schema and the
 * content model cannot drift apart. Developer documentation in English, not interface text: the
 * data files are published once, in the default language.
 */
export const resourceFieldDescriptions = {
  name: "The organization's or service's own name.",
  kind: 'What kind of organization or service it is.',
  region: 'Where it operates.',
  summary: 'What it offers, in plain words, written by our editors from the verified notes.',
  website: 'Its official website. Left out when not verified.',
  finder: 'Its official group or service finder. Left out when not verified.',
  phones: 'Verified phone lines; empty when there are none.',
  texts: 'Verified text lines; empty when there are none.',
  serves: 'Who it serves. Left out when the sources do not say.',
  ledBy: 'Who leads its groups or answers its line. Left out when the sources do not say.',
  approach: 'Whether it is secular, spiritual or faith-based. Left out when the sources do not say.',
  formats: 'How people can reach it; empty when not verified.',
  topics: 'What it helps with; at least one.',
  languages:
    'Languages offered, as verified. Entries starting with "+" describe interpretation rather than a spoken language.',
  sources: 'The pages the facts were checked against.',
  recorded:
    'When our research recorded these facts from stored copies of the pages in sources (YYYY-MM-DD). Not a live check.',
  checkedLive:
    'When a maintainer last found the phone numbers and text lines on the live sources (YYYY-MM-DD). Absent until then.',
} as const;

/** What each field of a phone line means (a resource's `phones`). */
export const phoneFieldDescriptions = {
  number: 'The number exactly as the organization publishes it, e.g. "1-800-662-4357" or "116 123".',
  label: 'What happens when you call, in plain words.',
  hours: 'Opening hours as published, e.g. "24/7". Left out when not verified.',
} as const;

/** What each field of a text (SMS) line means (a resource's `texts`). */
export const textLineFieldDescriptions = {
  how: 'The instruction as published, e.g. "Text HOME to 741741".',
  label: 'What happens when you text, in plain words.',
} as const;
