/**
 * A page's search facet (a Pagefind filter): its content type, the one facet the search dialog
 * offers ("Show only"). Pages give it by id; SearchFacetTags writes its catalogue label, which is
 * what the index stores and the dialog shows. Topics and audiences were indexed as filters too,
 * though nothing offered them: Pagefind loads every filter's chunk on a reader's first query,
 * 4.7 KB of the 1,000-article bench's first query for nothing (issue 17).
 */
import type { ContentType } from '../../config/taxonomy';
import type { Translate } from '../../translations/catalogue';

export interface SearchFacets {
  /** What kind of page this is, by id ('group-type'). */
  type: ContentType;
}

/** The label of a content type, as the index stores it and readers see it. */
export function contentTypeLabel(t: Translate, type: ContentType): string {
  return t(`searchType.${type}`);
}
