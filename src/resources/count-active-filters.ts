import { facetNames } from './facets';
import type { Filters } from './resource-filters';

/** How many filters are set: each chosen value, and the typed words as one (the disclosure's label). */
export function countActiveFilters(filters: Filters): number {
  const values = facetNames.reduce((sum, facet) => sum + filters.facets[facet].length, 0);
  return values + (filters.text.trim() ? 1 : 0);
}
