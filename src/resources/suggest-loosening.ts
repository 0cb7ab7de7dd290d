import { facetNames, type Facet } from './facets';
import { matchesFilters, type Filterable, type Filters } from './resource-filters';

/** One filter to take away, and how many entries show without it. */
export interface Loosening {
  /** The facet whose values to clear, or "q" for the words typed. */
  readonly remove: Facet | 'q';
  /** How many entries match once it is gone. */
  readonly count: number;
}

/**
 * What to take away when nothing matches: each chosen facet (all its values, since removing one
 * of several values only narrows) or the typed words, that on its own would bring results back,
 * in the form's order. Empty when nothing single would help (then only "clear all" does).
 */
export function suggestLoosening(entries: readonly Filterable[], filters: Filters): Loosening[] {
  const candidates: (Facet | 'q')[] = [...facetNames.filter((facet) => filters.facets[facet].length > 0)];
  if (filters.text.trim()) candidates.push('q');
  const found: Loosening[] = [];
  for (const remove of candidates) {
    const trial: Filters =
      remove === 'q' ? { ...filters, text: '' } : { ...filters, facets: { ...filters.facets, [remove]: [] } };
    const count = entries.filter((entry) => matchesFilters(entry, trial)).length;
    if (count > 0) found.push({ remove, count });
  }
  return found;
}
