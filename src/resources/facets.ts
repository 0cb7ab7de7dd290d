/**
 * The directory's facets, defined once. Each is a URL query key, a vocabulary from
 * src/config/taxonomy.ts, where its labels and legend are in the catalogue, and how a resource's
 * data gives its values. Everything else is derived from this list: the filter types and their
 * parsing, matching and serializing (resource-filters.ts), the form (ResourceFilters.astro), each
 * entry's data-* attributes (DirectoryEntry.astro), what the browser reads back from them
 * (read-filterable.ts) and the tests. Adding a facet is one entry here, plus its vocabulary in
 * taxonomy.ts and its labels and legend in the catalogue.
 */
import type { CollectionEntry } from 'astro:content';
import { approaches, formats, needTopics, regions, resourceKinds, servesOptions } from '../config/taxonomy';
import type { MessageId, MessageWith } from '../translations/catalogue';
import { widenRegions } from './widen-regions';

type ResourceData = CollectionEntry<'resources'>['data'];

/** One facet a reader can filter the directory by. */
export interface FacetDefinition<
  Name extends string = string,
  Id extends string = string,
  Prefix extends string = string,
  Legend extends MessageId = MessageId,
> {
  /**
   * The URL query key, the form's field name and the entry's data-* attribute. Not "q" (the text
   * search) nor "text" (the words an entry offers).
   */
  readonly name: Name;
  /** The values a reader can choose, in the form's order: a vocabulary of src/config/taxonomy.ts. */
  readonly vocabulary: readonly Id[];
  /** The catalogue prefix of the values' labels: the label of `id` is `${labelPrefix}.${id}`. */
  readonly labelPrefix: Prefix;
  /** The catalogue key of the facet's legend in the form. */
  readonly legend: Legend;
  /** The values a resource has in this facet, read from its data. */
  readonly values: (data: ResourceData) => readonly Id[];
  /**
   * The values that answer a reader's choice, when more than the chosen ones do (a country also
   * takes what works internationally). Leave out when a choice means exactly its values.
   */
  readonly widen?: (chosen: readonly string[]) => readonly string[];
  /** True when the labels of a resource's values are words the text search finds it by ("Secular"). */
  readonly searchable?: boolean;
  /**
   * The catalogue key of the title of each value's plain page ("Grief and loss: organizations and
   * helplines"). A facet with one is browsable: each value gets a page listing its resources
   * (/resources/topic/grief/), the way to filter without JavaScript and a link that says what it shows.
   */
  readonly browseTitle?: MessageWith<'value'>;
}

/**
 * Types one facet. The extra argument exists only for TypeScript: it is required (and names the
 * keys) when a value of the vocabulary has no label in the catalogue.
 */
function defineFacet<
  const Name extends string,
  const Id extends string,
  const Prefix extends string,
  const Legend extends MessageId,
>(
  facet: FacetDefinition<Name, Id, Prefix, Legend>,
  ..._missingLabels: [`${Prefix}.${Id}`] extends [MessageId] ? [] : [Exclude<`${Prefix}.${Id}`, MessageId>]
): FacetDefinition<Name, Id, Prefix, Legend> {
  return facet;
}

export const facets = [
  defineFacet({
    name: 'topic',
    vocabulary: needTopics,
    labelPrefix: 'needTopic',
    legend: 'directory.facetTopic',
    values: (data) => data.topics,
    searchable: true,
    browseTitle: 'directory.browseTitleTopic',
  }),
  defineFacet({
    name: 'kind',
    vocabulary: resourceKinds,
    labelPrefix: 'resourceKind',
    legend: 'directory.facetKind',
    values: (data) => [data.kind],
    searchable: true,
    browseTitle: 'directory.browseTitleKind',
  }),
  defineFacet({
    name: 'format',
    vocabulary: formats,
    labelPrefix: 'format',
    legend: 'directory.facetFormat',
    values: (data) => data.formats,
    searchable: true,
  }),
  defineFacet({
    name: 'region',
    vocabulary: regions,
    labelPrefix: 'region',
    legend: 'directory.facetRegion',
    values: (data) => [data.region],
    // A reader who picks their country wants what they can use there, and that includes the
    // networks that work internationally (GriefShare, SMART Recovery): the count says so.
    widen: widenRegions,
    browseTitle: 'directory.browseTitleRegion',
  }),
  defineFacet({
    name: 'approach',
    vocabulary: approaches,
    labelPrefix: 'approach',
    legend: 'directory.facetApproach',
    values: (data) => (data.approach ? [data.approach] : []),
    searchable: true,
  }),
  defineFacet({
    name: 'serves',
    vocabulary: servesOptions,
    labelPrefix: 'serves',
    legend: 'directory.facetServes',
    // "both" serves people with the problem and those close to them, so it matches either filter.
    values: (data) => (data.serves === 'both' ? ['self', 'family-friends', 'both'] : data.serves ? [data.serves] : []),
  }),
] as const;

type AnyFacet = (typeof facets)[number];
/** A facet's name ("topic", "kind"…). */
export type Facet = AnyFacet['name'];
/** The catalogue key of any facet value's label ("needTopic.grief"). */
export type FacetLabelKey = AnyFacet extends infer F
  ? F extends FacetDefinition<string, infer Id, infer Prefix>
    ? `${Prefix}.${Id}`
    : never
  : never;

/** The facets' names, in the form's and the URL's order. */
export const facetNames: readonly Facet[] = facets.map(({ name }) => name);

/** True when a URL query key is a facet's. */
export function isFacet(name: string): name is Facet {
  return (facetNames as readonly string[]).includes(name);
}

/** The values each facet accepts. */
export type FacetVocabularies = Readonly<Record<Facet, readonly string[]>>;
export const facetVocabularies = Object.fromEntries(
  facets.map(({ name, vocabulary }) => [name, vocabulary]),
) as FacetVocabularies;

/** The catalogue key of a facet value's label. */
export function facetLabelKey<F extends AnyFacet>(facet: F, id: F['vocabulary'][number]): FacetLabelKey {
  return `${facet.labelPrefix}.${id}` as FacetLabelKey;
}

/** The key of a facet's data-* attribute in an element's dataset ("led-by" → "ledBy"). */
export function datasetKey(name: Facet): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** A directory entry's data-* attributes: each facet's values, space-separated, in the facets' order. */
export function facetAttributes(data: ResourceData): Record<`data-${Facet}`, string> {
  return Object.fromEntries(facets.map((facet) => [`data-${facet.name}`, facet.values(data).join(' ')])) as Record<
    `data-${Facet}`,
    string
  >;
}
