import type { Filterable } from './resource-filters';

/** What readFilterable needs of a directory entry: an HTMLElement has both. */
export interface EntrySource {
  dataset: Readonly<Record<string, string | undefined>>;
  textContent: string | null;
}

/**
 * Reads what a directory entry offers the filters: its facets from its data-* attributes, and
 * its whole text (name, kind, region, languages and summary), so the text filter matches
 * the words a reader sees on the entry. Shared by <resource-filters> and its unit test.
 */
export function readFilterable(element: EntrySource): Filterable {
  const list = (name: string) => (element.dataset[name] ?? '').split(' ').filter(Boolean);
  return {
    topic: list('topic'),
    kind: list('kind'),
    format: list('format'),
    region: list('region'),
    approach: list('approach'),
    serves: list('serves'),
    text: (element.textContent ?? '').toLowerCase(),
  };
}
