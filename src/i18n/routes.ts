/**
 * Every route of the site, one function per kind of page, each taking the locale. No component
 * spells a path: a renamed page or a new language changes this file only.
 */
import { locales, type Locale, type LocaleSettings } from './locales';

/** Joins the locale's prefix to a site path ("/learn/" → "/es/learn/"). */
function localize(locale: Locale, path: string): string {
  const { prefix }: LocaleSettings = locales[locale];
  return prefix ? `/${prefix}${path}` : path;
}

/** A fragment link, or the page alone. */
function withHash(path: string, hash?: string): string {
  return hash ? `${path}#${hash}` : path;
}

export const routes = {
  home: (locale: Locale) => localize(locale, '/'),
  about: (locale: Locale, hash?: string) => withHash(localize(locale, '/about/'), hash),
  helpNow: (locale: Locale) => localize(locale, '/help-now/'),
  learn: (locale: Locale) => localize(locale, '/learn/'),
  article: (locale: Locale, id: string) => localize(locale, `/learn/${id}/`),
  groups: (locale: Locale) => localize(locale, '/groups/'),
  groupType: (locale: Locale, id: string) => localize(locale, `/groups/${id}/`),
  quiz: (locale: Locale) => localize(locale, '/find-your-fit/'),
  /** The kinds of group that fit one answer to the quiz's situation question, as a plain page. */
  quizSituation: (locale: Locale, optionId: string) => localize(locale, `/find-your-fit/${optionId}/`),
  organize: (locale: Locale) => localize(locale, '/organize/'),
  toolkitPage: (locale: Locale, id: string) => localize(locale, `/organize/${id}/`),
  resources: (locale: Locale, hash?: string) => withHash(localize(locale, '/resources/'), hash),
  /**
   * The plain page of the directory's resources with one value of a browsable facet
   * (/resources/topic/grief/, /resources/region/us/): filtering that needs no script. Values are
   * lower-cased in the path; no two of a facet's values differ only in case (a unit test checks).
   */
  resourcesBy: (locale: Locale, facet: string, value: string) =>
    localize(locale, `/resources/${facet}/${encodeURIComponent(value.toLowerCase())}/`),
  resource: (locale: Locale, id: string) => localize(locale, `/resources/${encodeURIComponent(id)}/`),
  glossary: (locale: Locale, termId?: string) => withHash(localize(locale, '/glossary/'), termId),
  references: (locale: Locale, workId?: string) => withHash(localize(locale, '/references/'), workId),
  search: (locale: Locale) => localize(locale, '/search/'),
  /** The search's words to leave out and everyday words to widen (src/search/lexicon.ts). */
  searchLexicon: (locale: Locale) => localize(locale, '/search/lexicon.json'),
  /** The site's own words, for "did you mean". */
  searchVocabulary: (locale: Locale) => localize(locale, '/search/vocabulary.json'),
  /** What the search dialog loads once opened: its messages and next steps (dialog-data.ts). */
  searchDialogData: (locale: Locale) => localize(locale, '/search/dialog.json'),
  openData: (locale: Locale) => localize(locale, '/open-data/'),
  // Files for machines: one copy for every language, at the site root.
  rss: () => '/rss.xml',
  openSearch: () => '/opensearch.xml',
  sitemap: () => '/sitemap-index.xml',
  manifest: () => '/manifest.webmanifest',
  socialImage: () => '/og-image.png',
  resourcesJson: () => '/resources.json',
  resourcesSchema: () => '/resources.schema.json',
  hsdsOrganizations: () => '/open-data/hsds/organizations.json',
  searchDialogStyles: () => '/search-dialog.css',
} as const;

// The URL parameter the search page reads its query from, for every form and link that searches.
export { searchQueryParameter } from './search-query-parameter';
