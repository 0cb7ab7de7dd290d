import type { VettedEntry } from './read-vetted-resources';
import type { WithheldFacts } from './read-withheld-facts';

/** The fields of a content/resources file that come from the research, never from an editor. */
export interface PublishedFields {
  name: string;
  kind: string;
  region: string;
  website?: string;
  finder?: string;
  phones: { number: string; label: string; hours?: string }[];
  texts: { how: string; label: string }[];
  serves?: string;
  ledBy?: string;
  approach?: string;
  formats: string[];
  topics: string[];
  languages: string[];
  sources: string[];
}

/** The research writes `n/a` where a field does not apply; our vocabulary says so in words. */
function notApplicable(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return value === 'n/a' ? 'not-applicable' : value;
}

/** The site links only to https addresses: one verified only as http is left out, never upgraded. */
function isSecure(address: string | null): address is string {
  return address?.startsWith('https://') ?? false;
}

/**
 * A finder is a page that finds a group near you; one that is only the home page is not a
 * finder (the research gives GriefShare's home page as both), so it is left out.
 */
function isFinder(finder: string | null, website: string | null): finder is string {
  const page = (address: string | null) => address?.replace(/\/+$/, '').toLowerCase();
  return isSecure(finder) && page(finder) !== page(website);
}

/** The research says `peers`; our leadership vocabulary says `peer`. */
function toLeadership(value: string | null | undefined): string | undefined {
  const led = notApplicable(value);
  return led === 'peers' ? 'peer' : led;
}

/**
 * What a published entry must say for one vetted organization: its verified fields only
 * (`unverified:` stays behind, `null` becomes an absent field), less what our review withholds.
 * The importer writes this, and the vetted-resources test compares every published file with it,
 * so the two can never disagree about what "verified" means.
 */
export function toPublishedFields(entry: VettedEntry, withheld?: WithheldFacts): PublishedFields {
  const fields: PublishedFields = {
    name: entry.name,
    kind: entry.kind,
    region: entry.region,
    ...(isSecure(entry.website) ? { website: entry.website } : {}),
    ...(isFinder(entry.finder, entry.website) ? { finder: entry.finder } : {}),
    phones: (entry.phone ?? []).map(({ number, label, hours }) => ({ number, label, ...(hours ? { hours } : {}) })),
    texts: (entry.text ?? []).map(({ how, label }) => ({ how, label })),
    formats: entry.formats ?? [],
    topics: entry.topics,
    languages: entry.languages ?? [],
    sources: entry.sources,
  };
  const serves = entry.serves ?? undefined;
  const ledBy = toLeadership(entry.led_by);
  const approach = notApplicable(entry.approach);
  if (serves) fields.serves = serves;
  if (ledBy) fields.ledBy = ledBy;
  if (approach) fields.approach = approach;

  const record = fields as unknown as Record<string, unknown>;
  for (const [field, values] of Object.entries(withheld?.remove ?? {})) {
    const current = record[field];
    if (Array.isArray(current)) record[field] = current.filter((value) => !values.includes(String(value)));
    else if (typeof current === 'string' && values.includes(current)) record[field] = undefined;
  }
  for (const [field, value] of Object.entries(withheld?.replace ?? {})) record[field] = value;
  for (const phone of fields.phones) {
    const kept = withheld?.shortenHours?.[phone.number];
    if (kept !== undefined && phone.hours?.includes(kept)) phone.hours = kept;
  }
  for (const key of Object.keys(record)) if (record[key] === undefined) Reflect.deleteProperty(record, key);
  return fields;
}
