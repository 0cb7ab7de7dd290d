/**
 * The resource directory's filters as pure functions: read them from a URL query, match an
 * entry, and write them back. Several values within a facet widen the match (any of them);
 * facets narrow it (all of them). Unknown facets or values are ignored and reported, never thrown.
 */

/** The facets a reader can filter by, and the vocabulary of each. */
export type FacetVocabularies = Record<Facet, readonly string[]>;
export const FACETS = ['topic', 'kind', 'format', 'region', 'approach', 'serves'] as const;
export type Facet = (typeof FACETS)[number];

/** Chosen filters: values per facet, plus free text. */
export interface Filters {
  facets: Record<Facet, string[]>;
  text: string;
}

/** What an entry offers to match against. */
export interface Filterable {
  topic: readonly string[];
  kind: readonly string[];
  format: readonly string[];
  region: readonly string[];
  approach: readonly string[];
  serves: readonly string[];
  /** Name, summary and other words to search in, lower-cased. */
  text: string;
}

/** No filters at all. */
export function emptyFilters(): Filters {
  return { facets: { topic: [], kind: [], format: [], region: [], approach: [], serves: [] }, text: '' };
}

/** Reads filters from a query string such as "?topic=grief&format=online", ignoring what it cannot use. */
export function parseFilters(search: string, vocabularies: FacetVocabularies): { filters: Filters; ignored: string[] } {
  const filters = emptyFilters();
  const ignored: string[] = [];
  for (const [key, value] of new URLSearchParams(search)) {
    if (key === 'q') {
      filters.text = value.trim().slice(0, 100);
    } else if ((FACETS as readonly string[]).includes(key) && vocabularies[key as Facet].includes(value)) {
      const list = filters.facets[key as Facet];
      if (!list.includes(value)) list.push(value);
    } else {
      ignored.push(`${key}=${value}`);
    }
  }
  return { filters, ignored };
}

/** True when an entry passes every chosen facet (any of its values) and contains every word of the text. */
export function matchesFilters(entry: Filterable, filters: Filters): boolean {
  for (const facet of FACETS) {
    const wanted = filters.facets[facet];
    if (wanted.length > 0 && !wanted.some((value) => entry[facet].includes(value))) return false;
  }
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => entry.text.includes(word));
}

/** Writes filters as a query string in a stable order ("" when there are none). */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) for (const value of filters.facets[facet]) params.append(facet, value);
  if (filters.text.trim()) params.set('q', filters.text.trim());
  const query = params.toString();
  return query ? `?${query}` : '';
}
