import { getCollection } from 'astro:content';
import type { Locale } from '../../i18n/locales';
import { routes } from '../../i18n/routes';
import { entrySections, listPublished, type PageCollection } from '../../layouts/entry-page';
import type { IndexedPage } from '../../search/group-a-to-z';
import type { Translate } from '../../translations/catalogue';
import { contentTypeLabel } from './search-facets';

/**
 * Every page readers search for, for the search page's A to Z: articles, kinds of group and
 * organizer guides (every collection with pages, from entrySections) and the directory's
 * organizations. Each is labelled with its search content type, as its results are.
 */
export async function listEveryPage(locale: Locale, t: Translate): Promise<IndexedPage[]> {
  const collections = Object.keys(entrySections) as PageCollection[];
  const entries = (await Promise.all(collections.map((collection) => listPublished(collection)))).flat();
  const pages = entries.map(({ collection, id, data }) => ({
    title: data.title,
    href: entrySections[collection].entryHref(locale, id),
    kind: contentTypeLabel(t, entrySections[collection].searchType),
  }));
  const resources = (await getCollection('resources')).map(({ id, data }) => ({
    title: data.name,
    href: routes.resource(locale, id),
    kind: contentTypeLabel(t, 'resource'),
  }));
  return [...pages, ...resources];
}
