/**
 * The public record of one vetted resource, as published in /resources.json. It carries only the
 * verified fields of content/resources/<id>.yaml, plus links derived from them (tel:, sms: and the
 * resource's anchor on our site), so a directory can reuse it without reading our YAML.
 */
import type { CollectionEntry } from 'astro:content';
import { defaultLocale } from '../i18n/locales';
import { routes } from '../i18n/routes';
import { toSmsHref } from '../utils/to-sms-href';
import type { ResourceRecord } from './resources-schema';
import { toTelHref } from '../utils/to-tel-href';

/** The validated data of one entry in the `resources` collection. */
export type ResourceData = CollectionEntry<'resources'>['data'];

export type { ResourceRecord } from './resources-schema';

/** A verified phone line and the tel: link that dials it. */
export type PhoneRecord = ResourceRecord['phones'][number];

/** A verified text line, and the sms: link when the instruction names a number (and keyword). */
export type TextRecord = ResourceRecord['texts'][number];

/**
 * Writes a collection date as YYYY-MM-DD. Dates are stored at UTC midnight (calendarDate), so
 * the UTC day is the day the editor wrote.
 */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The address of a resource's own page, e.g. https://example.org/resources/al-anon/: the data files
 * are published once, in the default language, so they link to its edition.
 */
export function toResourceUrl(id: string, site: URL | string): string {
  return new URL(routes.resource(defaultLocale, id), site).href;
}

/**
 * Maps a resource entry's data and id to its public JSON record. Pure: the same input always
 * gives the same output, with keys in a fixed order, so repeated builds stay byte-identical.
 */
export function toResourceRecord(id: string, data: ResourceData, site: URL | string): ResourceRecord {
  return {
    id,
    name: data.name,
    kind: data.kind,
    region: data.region,
    summary: data.summary,
    // Spread optional fields only when present: with exactOptionalPropertyTypes an explicit
    // `undefined` would be a type error, and JSON readers should not meet empty keys.
    ...(data.website === undefined ? {} : { website: data.website }),
    ...(data.finder === undefined ? {} : { finder: data.finder }),
    phones: data.phones.map((phone) => ({
      number: phone.number,
      label: phone.label,
      ...(phone.hours === undefined ? {} : { hours: phone.hours }),
      href: toTelHref(phone.number),
    })),
    texts: data.texts.map((line) => {
      const href = toSmsHref(line.how);
      return { how: line.how, label: line.label, ...(href === undefined ? {} : { href }) };
    }),
    ...(data.serves === undefined ? {} : { serves: data.serves }),
    ...(data.ledBy === undefined ? {} : { ledBy: data.ledBy }),
    ...(data.approach === undefined ? {} : { approach: data.approach }),
    formats: [...data.formats],
    topics: [...data.topics],
    languages: [...data.languages],
    sources: [...data.sources],
    recorded: toIsoDate(data.recorded),
    ...(data.checkedLive === undefined ? {} : { checkedLive: toIsoDate(data.checkedLive) }),
    url: toResourceUrl(id, site),
  };
}
