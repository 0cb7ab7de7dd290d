/**
 * Search facets for a page (Pagefind filters): content type, topics and audiences. Pages give
 * the content type and audiences by id; SearchFacetTags writes their labels from the catalogue,
 * which is what the index stores and the search dialog shows as its filters.
 */
import type { Audience, ContentType } from '../../config/taxonomy';
import type { Translate } from '../../translations/catalogue';

export interface SearchFacets {
  /** What kind of page this is, by id ('group-type'). */
  type: ContentType;
  /** Topic labels (already translated: t(`needTopic.${id}`), t(`learnTopic.${id}`)). */
  topics?: readonly string[] | undefined;
  /** Who the page is for, by id ('explorer'). */
  audiences?: readonly Audience[] | undefined;
}

/** The label of a content type, as the index stores it and readers see it. */
export function contentTypeLabel(t: Translate, type: ContentType): string {
  return t(`searchType.${type}`);
}

/** The label of an audience, as the index stores it. */
export function audienceLabel(t: Translate, audience: Audience): string {
  return t(`searchAudience.${audience}`);
}
