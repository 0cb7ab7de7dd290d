import { facets } from './facets';
import { matchesFilters, type Filterable, type Filters } from './resource-filters';

/**
 * How many entries the filters show only because a facet widens the choice: they match, but in a
 * widening facet (a country also takes International) they have none of the values chosen. The
 * directory's count and a country's plain page both say this number, so they count it one way.
 */
export function countWidened(entries: readonly Filterable[], filters: Filters): number {
  const widening = facets.filter(({ name, widen }) => widen && filters.facets[name].length > 0);
  return entries.filter(
    (entry) =>
      matchesFilters(entry, filters) &&
      widening.some(({ name }) => !filters.facets[name].some((value) => entry[name].includes(value))),
  ).length;
}
