/**
 * Maps our public resource records to Open Referral HSDS 3.0 organizations, each with one nested
 * service that carries the phones, languages and service area. The shape follows the official
 * example organization_full.json: an organization object with a `services` array.
 *
 * We fill only what our verified data says. HSDS requires `id`, `name` and `description` for an
 * organization, `id`, `name` and `status` for a service, `id` and `number` for a phone, and only
 * `id` for a language or service area; every optional field we have no verified value for is
 * left out rather than guessed.
 */
import { createHash } from 'node:crypto';
import { createTranslator } from '../i18n/create-translator';
import { defaultLocale } from '../i18n/locales';
import type { ResourceRecord } from './to-resource-record';

/** The data files are published once, in the default language. */
const t = createTranslator(defaultLocale);

/** The RFC 4122 namespace for names that are URLs. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A name-based UUID (RFC 4122 version 5): SHA-1 of the namespace bytes and the UTF-8 name, with
 * the version and variant bits set. The same name always gives the same UUID, so the HSDS ids
 * survive rebuilds without any stored state, clock or randomness.
 */
export function toUuidV5(name: string, namespace: string): string {
  if (!UUID.test(namespace)) throw new Error(`"${namespace}" is not a lower-case UUID.`);
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  // Byte 6 carries the version (5) in its high nibble; byte 8 carries the RFC 4122 variant (10xx).
  bytes.writeUInt8(((bytes[6] ?? 0) & 0x0f) | 0x50, 6);
  bytes.writeUInt8(((bytes[8] ?? 0) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Our namespace for HSDS ids. It is a fixed name, not the deployed address: ids must not change
 * when SITE_URL does, or every directory that imported them would see new records.
 */
export const HSDS_NAMESPACE = toUuidV5('https://common-ground.example/open-data/hsds/', URL_NAMESPACE);

/** The HSDS tables we emit rows of. */
export type HsdsTable = 'organization' | 'service' | 'phone' | 'language' | 'service_area';

/** The stable UUID of one HSDS row, from its table and the parts that make it unique. */
export function toHsdsId(table: HsdsTable, ...parts: string[]): string {
  return toUuidV5([table, ...parts].join('/'), HSDS_NAMESPACE);
}

/** An HSDS 3.0 phone (phone.json). */
export interface HsdsPhone {
  id: string;
  service_id: string;
  number: string;
  /** From the RFC 6350 list HSDS names: "voice", "textphone" (TTY) or "text" (SMS). */
  type: 'voice' | 'textphone' | 'text';
  description: string;
}

/** An HSDS 3.0 language (language.json). */
export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code?: string;
}

/** An HSDS 3.0 service area (service_area.json). */
export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
}

/** An HSDS 3.0 service (service.json), nested in its organization. */
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  status: 'active';
  interpretation_services?: string;
  eligibility_description?: string;
  assured_date: string;
  phones: HsdsPhone[];
  service_areas: HsdsServiceArea[];
  languages: HsdsLanguage[];
}

/** An HSDS 3.0 organization (organization.json) with its services, as in organization_full.json. */
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  website?: string;
  services: HsdsService[];
}

/**
 * ISO 639-1 codes for language names our vetted data uses (and a few near neighbours). A name
 * not listed gets no code rather than a guessed one.
 */
const ISO_639_1: Readonly<Record<string, string>> = {
  English: 'en',
  Spanish: 'es',
  German: 'de',
  Welsh: 'cy',
  Irish: 'ga',
  French: 'fr',
  Italian: 'it',
  Polish: 'pl',
  Portuguese: 'pt',
};

/**
 * True when a `languages` entry describes interpretation ("+ phone interpretation (250+
 * languages)") rather than a language spoken on the service. HSDS keeps those apart: its
 * languages "do not include languages which can only be used with interpretation".
 */
function isInterpretationNote(entry: string): boolean {
  return entry.trimStart().startsWith('+') || /\binterpret/i.test(entry);
}

/** "+ phone interpretation (250+ languages)" → "Phone interpretation (250+ languages)". */
function toInterpretationText(entry: string): string {
  const text = entry.replace(/^\s*\+\s*/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The number an sms: link texts: "sms:741741?body=HOME" → "741741". */
function smsNumberOf(href: string): string | undefined {
  return /^sms:(?<number>\d+)/.exec(href)?.groups?.['number'];
}

/**
 * A call line's RFC 6350 type. A line labelled TTY or textphone is for typed conversation, so
 * calling it "voice" would send a hearing caller to a line they cannot use.
 */
function callTypeOf(label: string): 'voice' | 'textphone' {
  return /\b(?:TTY|textphone|minicom)\b/i.test(label) ? 'textphone' : 'voice';
}

/** The phones of one service: call lines as "voice" (or "textphone"), text lines with a number as "text". */
function toHsdsPhones(record: ResourceRecord, serviceId: string): HsdsPhone[] {
  const calls = record.phones.map((phone): HsdsPhone => ({
    id: toHsdsId('phone', record.id, 'call', phone.number),
    service_id: serviceId,
    number: phone.number,
    type: callTypeOf(phone.label),
    // HSDS has no hours field on a phone; its own example puts hours in the description.
    description:
      phone.hours === undefined
        ? phone.label
        : t('openData.hsdsPhoneDescription', { label: phone.label, hours: phone.hours }),
  }));
  const texts = record.texts.flatMap((line): HsdsPhone[] => {
    const number = line.href === undefined ? undefined : smsNumberOf(line.href);
    // A text instruction without a number cannot fill HSDS's required `number`; leave it out.
    if (number === undefined) return [];
    return [
      {
        id: toHsdsId('phone', record.id, 'text', line.how),
        service_id: serviceId,
        number,
        type: 'text',
        // The instruction keeps the keyword to send, which HSDS has no field for.
        description: t('openData.hsdsTextDescription', { how: line.how, label: line.label }),
      },
    ];
  });
  return [...calls, ...texts];
}

/**
 * Maps one public resource record to an HSDS organization with one service. The organization
 * and the service share the name and summary, because our vetted data describes each resource
 * once and does not separate an organization from what it offers.
 */
export function toHsdsOrganization(record: ResourceRecord): HsdsOrganization {
  const organizationId = toHsdsId('organization', record.id);
  const serviceId = toHsdsId('service', record.id);
  const spoken = record.languages.filter((entry) => !isInterpretationNote(entry));
  const interpretation = record.languages.filter(isInterpretationNote).map(toInterpretationText);
  // The finder is where people reach a network's groups, so it is the better service address.
  const serviceUrl = record.finder ?? record.website;

  const service: HsdsService = {
    id: serviceId,
    organization_id: organizationId,
    name: record.name,
    description: record.summary,
    ...(serviceUrl === undefined ? {} : { url: serviceUrl }),
    // HSDS requires a status. Our sources showed the service operating when the research recorded
    // it; "active" as of assured_date says no more than that.
    status: 'active',
    ...(interpretation.length === 0 ? {} : { interpretation_services: interpretation.join('; ') }),
    ...(record.serves === undefined ? {} : { eligibility_description: t(`serves.${record.serves}`) }),
    // HSDS: "The date that the information about the service was last checked." A live check
    // when a maintainer has made one, otherwise the day the research recorded it from its sources.
    assured_date: record.checkedLive ?? record.recorded,
    phones: toHsdsPhones(record, serviceId),
    service_areas: [
      { id: toHsdsId('service_area', record.id), service_id: serviceId, name: t(`region.${record.region}`) },
    ],
    languages: spoken.map((name) => {
      const code = ISO_639_1[name];
      return {
        id: toHsdsId('language', record.id, name),
        service_id: serviceId,
        name,
        ...(code === undefined ? {} : { code }),
      };
    }),
  };

  return {
    id: organizationId,
    name: record.name,
    description: record.summary,
    ...(record.website === undefined ? {} : { website: record.website }),
    services: [service],
  };
}

/** Maps every record to an HSDS organization, sorted by our resource id so the file is stable. */
export function toHsdsOrganizations(records: readonly ResourceRecord[]): HsdsOrganization[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(toHsdsOrganization);
}
