/**
 * The site's one reading order of articles. Everything that lists articles in order (the Learn
 * page, the topic pages, the reading path's previous and next, the ties among related articles)
 * takes it from here, so the order cannot drift between them.
 */
import { compareText } from '../i18n/format';
import type { Locale } from '../i18n/locales';

/** The fields the reading order needs. */
export interface ReadingOrdered {
  id: string;
  data: { order?: number | undefined; title: string };
}

/**
 * Compares two articles in reading order: the core reading path first, by `order` (1 = first);
 * then the articles outside it; within each, by title as the language sorts words.
 */
export function compareReadingOrder(locale: Locale): (a: ReadingOrdered, b: ReadingOrdered) => number {
  const byTitle = compareText(locale);
  return (a, b) =>
    (a.data.order ?? Number.POSITIVE_INFINITY) - (b.data.order ?? Number.POSITIVE_INFINITY) ||
    byTitle(a.data.title, b.data.title);
}

/**
 * A copy of `articles` in reading order; `locale` is the page's (Astro.locals.locale).
 */
export function sortArticles<T extends ReadingOrdered>(articles: readonly T[], locale: Locale): T[] {
  return [...articles].sort(compareReadingOrder(locale));
}

/** The core reading path: the articles that have an `order`, in reading order. */
export function listReadingPath<T extends ReadingOrdered>(articles: readonly T[], locale: Locale): T[] {
  return sortArticles(
    articles.filter((article) => article.data.order !== undefined),
    locale,
  );
}
