import { datasetKey, facetNames, type Facet } from './facets';
import type { Filterable } from './resource-filters';

/** What readFilterable needs of a directory entry: an HTMLElement has both. */
export interface EntrySource {
  dataset: Readonly<Record<string, string | undefined>>;
  textContent: string | null;
}

/**
 * Reads what a directory entry offers the filters: each facet's values from its data-* attribute
 * (written by facetAttributes), and its whole text (name, kind, region, languages and summary), so
 * the text filter matches the words a reader sees on the entry. Shared by <resource-filters> and
 * its unit test.
 */
export function readFilterable(element: EntrySource): Filterable {
  const facets = {} as Record<Facet, string[]>;
  for (const facet of facetNames) facets[facet] = (element.dataset[datasetKey(facet)] ?? '').split(' ').filter(Boolean);
  return { ...facets, text: (element.textContent ?? '').toLowerCase() };
}
