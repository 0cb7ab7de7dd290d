import type { Locale } from '../i18n/locales';
import { listReadingPath, type ReadingOrdered } from './sort-articles';

/** The reading path of each list of articles, worked out once per build rather than once per page. */
const paths = new WeakMap<readonly ReadingOrdered[], Map<Locale, readonly ReadingOrdered[]>>();

/** Returns the articles before and after `id` on the reading path (see listReadingPath). */
export function findReadingPathNeighbours<T extends ReadingOrdered>(
  id: string,
  all: readonly T[],
  locale: Locale,
): { previous: T | undefined; next: T | undefined } {
  let byLocale = paths.get(all);
  if (!byLocale) {
    byLocale = new Map();
    paths.set(all, byLocale);
  }
  let path = byLocale.get(locale) as readonly T[] | undefined;
  if (!path) {
    path = listReadingPath(all, locale);
    byLocale.set(locale, path);
  }
  const index = path.findIndex((article) => article.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: path[index - 1], next: path[index + 1] };
}
