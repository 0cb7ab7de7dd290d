import { facetNames, type Facet } from './facets';
import type { Filters } from './resource-filters';

/**
 * The chosen filters in words, for the count and the page title: one part per facet with its
 * values' labels joined as alternatives ("Grief and loss or Cancer"), then the typed words,
 * quoted, in the form's order. Empty when nothing is chosen. The caller gives the words: how to
 * join alternatives (Intl.ListFormat's "or") and how to quote, so each language phrases it its own way.
 */
export function describeFilters(
  filters: Filters,
  labelOf: (facet: Facet, value: string) => string,
  joinAlternatives: (labels: string[]) => string,
  quote: (text: string) => string,
): string[] {
  const parts = facetNames
    .filter((facet) => filters.facets[facet].length > 0)
    .map((facet) => joinAlternatives(filters.facets[facet].map((value) => labelOf(facet, value))));
  const text = filters.text.trim();
  if (text) parts.push(quote(text));
  return parts;
}
