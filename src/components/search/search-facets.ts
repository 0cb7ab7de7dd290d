/**
 * Search facets for a page (Pagefind filters): content type, topics and audiences. Pages give
 * the content type and audiences by id; SearchFacetTags writes their labels from the catalogue,
 * which is what the index stores and the search dialog shows as its filters.
 */
import type { Audience } from '../../config/taxonomy';
import type { MessageId, Translate } from '../../translations/catalogue';

/** The kinds of page search tells apart. */
export const contentTypes = ['article', 'group-type', 'resource', 'glossary', 'organizer-guide', 'help'] as const;
export type ContentType = (typeof contentTypes)[number];

export interface SearchFacets {
  /** What kind of page this is, by id ('group-type'). */
  type: ContentType;
  /** Topic labels (already translated: t(`needTopic.${id}`), t(`learnTopic.${id}`)). */
  topics?: readonly string[] | undefined;
  /** Who the page is for, by id ('explorer'). */
  audiences?: readonly Audience[] | undefined;
}

const contentTypeKeys = {
  article: 'search.typeArticle',
  'group-type': 'search.typeGroupType',
  resource: 'search.typeResource',
  glossary: 'search.typeGlossary',
  'organizer-guide': 'search.typeOrganizerGuide',
  help: 'search.typeHelp',
} as const satisfies Record<ContentType, MessageId>;

const audienceKeys = {
  reader: 'search.audienceReader',
  explorer: 'search.audienceExplorer',
  organizer: 'search.audienceOrganizer',
} as const satisfies Record<Audience, MessageId>;

/** The label of a content type, as the index stores it and readers see it. */
export function contentTypeLabel(t: Translate, type: ContentType): string {
  return t(contentTypeKeys[type]);
}

/** The label of an audience, as the index stores it. */
export function audienceLabel(t: Translate, audience: Audience): string {
  return t(audienceKeys[audience]);
}
