/**
 * The resource directory's filters as pure functions: read them from a URL query, match an
 * entry, and write them back. Several values within a facet widen the match (any of them);
 * facets narrow it (all of them). Unknown facets or values are ignored and reported, never thrown.
 * The facets themselves are defined once, in facets.ts.
 */
import { facetNames, facets, isFacet, type Facet, type FacetVocabularies } from './facets';

/** Chosen filters: values per facet, plus free text. */
export interface Filters {
  facets: Record<Facet, string[]>;
  text: string;
}

/** What an entry offers to match against: its values in each facet, and its words. */
export type Filterable = Readonly<Record<Facet, readonly string[]>> & {
  /** Name, summary and other words to search in, lower-cased. */
  readonly text: string;
};

/** No filters at all. */
export function emptyFilters(): Filters {
  const facets = {} as Filters['facets'];
  for (const name of facetNames) facets[name] = [];
  return { facets, text: '' };
}

/** Reads filters from a query string such as "?topic=grief&format=online", ignoring what it cannot use. */
export function parseFilters(search: string, vocabularies: FacetVocabularies): { filters: Filters; ignored: string[] } {
  const filters = emptyFilters();
  const ignored: string[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if (key === 'q') {
      filters.text = value.trim().slice(0, 100);
    } else if (isFacet(key) && vocabularies[key].includes(value)) {
      const list = filters.facets[key];
      if (!list.includes(value)) list.push(value);
    } else {
      ignored.push(`${key}=${value}`);
    }
  }
  return { filters, ignored };
}

/**
 * True when an entry passes every chosen facet (any of its values, widened where the facet says so:
 * a country also takes international entries) and contains every word of the text.
 */
export function matchesFilters(entry: Filterable, filters: Filters): boolean {
  for (const { name, widen } of facets) {
    const chosen = filters.facets[name];
    const wanted = widen ? widen(chosen) : chosen;
    if (wanted.length > 0 && !wanted.some((value) => entry[name].includes(value))) return false;
  }
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => entry.text.includes(word));
}

/** Writes filters as a query string in a stable order ("" when there are none). */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const facet of facetNames) for (const value of filters.facets[facet]) params.append(facet, value);
  if (filters.text.trim()) params.set('q', filters.text.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}
