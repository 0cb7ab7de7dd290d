/**
 * What every page that shows one entry of a content collection shares (an article, a kind of
 * group, a toolkit page): its paths, its rendered body with numbered citations, and its place in
 * the site. A new collection with pages of its own adds a line to `entrySections` and a small
 * `src/pages/<section>/[...id].astro` that calls `entryPaths` and `renderEntry` and wraps its body
 * in EntryLayout.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { routes } from '../i18n/routes';
import type { ContentType } from '../config/taxonomy';
import type { MessageId } from '../translations/catalogue';
import { setCitationOrder } from '../utils/set-citation-order';

/** Where a collection's pages sit in the site. */
interface EntrySection {
  /** The section's own page, the breadcrumb before the entry's (e.g. /learn/). */
  sectionHref: (locale: Locale) => string;
  /** The breadcrumb's label for the section. */
  crumb: MessageId;
  /** An entry's own page. */
  entryHref: (locale: Locale, id: string) => string;
  /** The content type readers filter search results by (a Pagefind filter value). */
  searchType: ContentType;
}

/** Every collection whose entries have pages of their own, and where those pages sit. */
export const entrySections = {
  articles: {
    sectionHref: routes.learn,
    crumb: 'nav.learn',
    entryHref: routes.article,
    searchType: 'article',
  },
  groupTypes: {
    sectionHref: routes.groups,
    crumb: 'groups.crumb',
    entryHref: routes.groupType,
    searchType: 'group-type',
  },
  toolkit: {
    sectionHref: routes.organize,
    crumb: 'nav.organize',
    entryHref: routes.toolkitPage,
    searchType: 'organizer-guide',
  },
} as const satisfies Record<string, EntrySection>;

/** A collection whose entries have pages: each has the page fields (title, description, review dates) and citations. */
export type PageCollection = keyof typeof entrySections;
/** An entry of such a collection. */
export type PageEntry = CollectionEntry<PageCollection>;

/** What each entry page receives from getStaticPaths: its entry and every published entry of the collection. */
export interface EntryPageProps<C extends PageCollection> {
  entry: CollectionEntry<C>;
  entries: CollectionEntry<C>[];
}

/** A collection's entries that are published: drafts (`draft: true`, where a collection has it) are left out. */
export function listPublished<C extends PageCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  return getCollection(collection, ({ data }) => !('draft' in data && data.draft));
}

/** getStaticPaths for a collection's pages: one page per published entry, at its id. */
export async function entryPaths<C extends PageCollection>(
  collection: C,
): Promise<{ params: { id: string }; props: EntryPageProps<C> }[]> {
  const entries = await listPublished(collection);
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry, entries } }));
}

/**
 * Renders an entry's body and numbers its citations for <Cite> and the notes (through
 * Astro.locals, before the body renders). Returns the body, its headings and the citation order.
 */
export async function renderEntry(locals: App.Locals, entry: PageEntry) {
  const { Content, headings } = await render(entry);
  const citationOrder = setCitationOrder(locals, entry);
  return { Content, headings, citationOrder };
}

/** The full address of an entry's page (for a QR code or a share link). */
export function entryUrl(entry: PageEntry, locale: Locale, site: URL | undefined): string {
  return new URL(entrySections[entry.collection].entryHref(locale, entry.id), site).href;
}
