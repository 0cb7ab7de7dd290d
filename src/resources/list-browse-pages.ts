import { facets, type Facet } from './facets';
import { countWidened } from './count-widened';
import { emptyFilters, matchesFilters, type Filterable } from './resource-filters';

/** One plain page of the directory: a browsable facet's value, and the entries it lists. */
export interface BrowsePage<T> {
  /** The facet ("topic", "kind", "region"). */
  readonly facet: Facet;
  /** The facet's value ("grief", "US"). */
  readonly value: string;
  /** The entries the page lists, in the order given: those the filters show for this value alone. */
  readonly items: readonly T[];
  /** How many of them are there only because the facet widens the choice (international networks on a country's page). */
  readonly widened: number;
}

/**
 * The directory's plain pages: one per value of every browsable facet (facets.ts) that lists at
 * least one entry, in the facets' and vocabularies' order. A page holds exactly what choosing its
 * value alone in the filters shows, through the same matchesFilters, so the two never disagree.
 */
export function listBrowsePages<T>(items: readonly T[], filterableOf: (item: T) => Filterable): BrowsePage<T>[] {
  const pages: BrowsePage<T>[] = [];
  for (const facet of facets) {
    if (!facet.browseTitle) continue;
    for (const value of facet.vocabulary) {
      const filters = emptyFilters();
      filters.facets[facet.name] = [value];
      const listed = items.filter((item) => matchesFilters(filterableOf(item), filters));
      if (listed.length === 0) continue;
      pages.push({ facet: facet.name, value, items: listed, widened: countWidened(listed.map(filterableOf), filters) });
    }
  }
  return pages;
}
