import type { CollectionEntry } from 'astro:content';
import { facets, type Facet } from './facets';
import type { Filterable } from './resource-filters';

/**
 * What a resource offers the filters, read on the server from its data (the browser reads the same
 * values back from the entry's data-* attributes): the plain pages use it, so a page for a topic
 * lists exactly what choosing that topic in the filters shows.
 */
export function toFilterable(data: CollectionEntry<'resources'>['data']): Filterable {
  const values = {} as Record<Facet, readonly string[]>;
  for (const facet of facets) values[facet.name] = facet.values(data);
  return { ...values, text: '' };
}
