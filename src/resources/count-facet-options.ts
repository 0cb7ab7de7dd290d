import { facets, type Facet } from './facets';
import { matchesFilters, type Filterable, type Filters } from './resource-filters';

/**
 * How many entries each facet value would show: the count beside every checkbox.
 *
 * The choice (as Algolia's disjunctive facets and GOV.UK's finders make it): a value's count is the
 * number of results the reader would get by choosing that value alone in its facet, keeping what
 * they chose in the other facets and the text. So the counts change as other filters change, a
 * facet's own choices never zero its other values (values within a facet widen, see
 * matchesFilters), and a 0 warns before a click that leads nowhere. A country's count includes
 * international entries, as choosing it does.
 */
export function countFacetOptions(
  entries: readonly Filterable[],
  filters: Filters,
  vocabularies: Readonly<Record<Facet, readonly string[]>>,
): Record<Facet, Record<string, number>> {
  const counts = {} as Record<Facet, Record<string, number>>;
  for (const { name } of facets) {
    counts[name] = {};
    for (const value of vocabularies[name]) {
      const trial: Filters = { text: filters.text, facets: { ...filters.facets, [name]: [value] } };
      counts[name][value] = entries.filter((entry) => matchesFilters(entry, trial)).length;
    }
  }
  return counts;
}
