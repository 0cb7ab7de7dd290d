/**
 * Search facets for a page (Pagefind filters): content type, topics and audiences. Pages give
 * the content type and audiences by id; SearchFacetTags writes their labels from the catalogue,
 * which is what the index stores and the search dialog shows as its filters.
 */
import type { Audience } from '../../config/taxonomy';
import en from '../../translations/en';
import type { MessageId, Translate } from '../../translations/catalogue';

/** The kinds of page search tells apart. */
export const contentTypes = ['article', 'group-type', 'resource', 'glossary', 'organizer-guide', 'help'] as const;
export type ContentType = (typeof contentTypes)[number];

/** A string other than an id (`string & {}` keeps the ids offered by editors). */
type Label = string & {};

export interface SearchFacets {
  /**
   * What kind of page this is, by id ('group-type'). The English label ('Group type') still
   * works and is translated too; any other string is written as it is.
   */
  type: ContentType | Label;
  /** Topic labels (already translated: t(`needTopic.${id}`), t(`learnTopic.${id}`)). */
  topics?: readonly string[] | undefined;
  /** Audiences, by id ('explorer'); English labels ('Explorer') still work, like `type`. */
  audiences?: readonly (Audience | Label)[] | undefined;
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

type LabelKey = (typeof contentTypeKeys)[ContentType] | (typeof audienceKeys)[Audience];

/**
 * The catalogue key for a facet value: an id's key, or the key whose English label the value
 * is (callers written before the ids); undefined for any other string.
 */
function keyFor(keys: Readonly<Record<string, LabelKey>>, value: string): LabelKey | undefined {
  return Object.hasOwn(keys, value) ? keys[value] : Object.values(keys).find((key) => en[key] === value);
}

/** The label of a content type, as the index stores it and readers see it. */
export function contentTypeLabel(t: Translate, type: string): string {
  const key = keyFor(contentTypeKeys, type);
  return key ? t(key) : type;
}

/** The label of an audience, as the index stores it. */
export function audienceLabel(t: Translate, audience: string): string {
  const key = keyFor(audienceKeys, audience);
  return key ? t(key) : audience;
}
