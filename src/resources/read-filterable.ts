import { datasetKey, facets, type Facet } from './facets';
import type { Filterable } from './resource-filters';

/** What readFilterable needs of a directory entry: an HTMLElement has both. */
export interface EntrySource {
  dataset: Readonly<Record<string, string | undefined>>;
  textContent: string | null;
}

/** A facet value's label as the form shows it ("approach", "secular" → "Secular"), if there is one. */
export type LabelOf = (facet: Facet, value: string) => string | undefined;

/**
 * Reads what a directory entry offers the filters: each facet's values from its data-* attribute
 * (written by facetAttributes), and the words a reader would expect to find it by: its whole text
 * (name, kind, region, languages and summary), the labels of its values in the searchable facets
 * (its approach "Secular", its topics, kind and formats, as the form's checkboxes word them) and
 * its data-words (the keywords of the kinds of group that list it). Shared by <resource-filters>
 * and its unit test.
 */
export function readFilterable(element: EntrySource, labelOf: LabelOf = () => undefined): Filterable {
  const values = {} as Record<Facet, string[]>;
  const words = [element.textContent ?? '', element.dataset['words'] ?? ''];
  for (const facet of facets) {
    const list = (element.dataset[datasetKey(facet.name)] ?? '').split(' ').filter(Boolean);
    values[facet.name] = list;
    if (facet.searchable) for (const value of list) words.push(labelOf(facet.name, value) ?? '');
  }
  return { ...values, text: words.join(' ').toLowerCase() };
}
