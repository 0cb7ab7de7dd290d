import type { NoteLine } from './read-lines-from-notes';
import type { VettedEntry } from './read-vetted-resources';

/**
 * A line from research/lines-from-notes.yaml in the shape of a resources-vetted.yaml entry, so
 * the importer and the vetted-resources test treat both sources alike (toPublishedFields). Its
 * notes are its quotations, which start an editor's summary; it has nothing unverified.
 */
export function toVettedEntry(line: NoteLine): VettedEntry {
  const quotes = [
    line.name,
    ...(line.phones ?? []).flatMap((phone) => [phone.number, phone.label]),
    ...(line.texts ?? []).map((text) => text.how),
  ]
    .flatMap((fact) => fact.evidence)
    .concat(line.about ?? [])
    .map((evidence) => evidence.quote);
  return {
    id: line.id,
    name: line.name.value,
    kind: line.kind,
    region: line.region,
    website: line.website?.value ?? null,
    finder: null,
    phone: (line.phones ?? []).map(({ number, label, hours }) => ({
      number: number.value,
      label: label.value,
      ...(hours ? { hours: hours.value } : {}),
    })),
    text: (line.texts ?? []).map(({ how, label }) => ({ how: how.value, label: label.value })),
    serves: line.serves?.value ?? null,
    led_by: line.led_by,
    approach: line.approach,
    formats: line.formats,
    topics: line.topics,
    languages: line.languages?.value ?? [],
    notes: [...new Set(quotes)].join(' '),
    sources: line.sources.map((source) => source.url),
    unverified: null,
  };
}
