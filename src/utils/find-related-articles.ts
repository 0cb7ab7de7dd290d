import type { Locale } from '../i18n/locales';
import { sortArticles, type ReadingOrdered } from './sort-articles';

/** The fields relatedness needs. */
interface Topical extends ReadingOrdered {
  data: ReadingOrdered['data'] & { topics: readonly string[] };
}

/** Articles with the same set of topics, in reading order. */
interface TopicGroup<T> {
  topics: readonly string[];
  members: readonly T[];
}

/** A list's topic groups, and each article's place in reading order. */
interface Grouped {
  groups: TopicGroup<Topical>[];
  rank: Map<Topical, number>;
}

/**
 * Every list of articles grouped by topic set, once per build. Each article page asks, and
 * scoring every other article on every page made the build quadratic: 0.8 s of a 1,000-article
 * build, and most of the render time at 5,000. There are few distinct topic sets, so a page now
 * looks at a handful of groups instead of every article.
 */
const groupedLists = new WeakMap<readonly Topical[], Map<Locale, Grouped>>();

function groupByTopics<T extends Topical>(all: readonly T[], locale: Locale) {
  let byLocale = groupedLists.get(all);
  if (!byLocale) {
    byLocale = new Map();
    groupedLists.set(all, byLocale);
  }
  let grouped = byLocale.get(locale);
  if (!grouped) {
    const sorted = sortArticles(all, locale);
    const groups = new Map<string, TopicGroup<Topical> & { members: Topical[] }>();
    for (const article of sorted) {
      const topics = [...new Set(article.data.topics)];
      const key = [...topics].sort().join('\n');
      const group = groups.get(key) ?? { topics, members: [] };
      group.members.push(article);
      groups.set(key, group);
    }
    grouped = { groups: [...groups.values()], rank: new Map(sorted.map((article, index) => [article, index])) };
    byLocale.set(locale, grouped);
  }
  return grouped as { groups: TopicGroup<T>[]; rank: Map<T, number> };
}

/**
 * Finds up to `limit` other articles that share the most topics with `current`; ties keep
 * reading order (see sort-articles.ts). Articles sharing no topic are not related.
 */
export function findRelatedArticles<T extends Topical>(current: T, all: readonly T[], locale: Locale, limit = 3): T[] {
  const topics = new Set(current.data.topics);
  const { groups, rank } = groupByTopics(all, locale);
  const candidates: { other: T; shared: number }[] = [];
  for (const group of groups) {
    const shared = group.topics.filter((topic) => topics.has(topic)).length;
    if (shared === 0) continue;
    // The first limit + 1 of a group are enough: one of them may be the current article.
    for (const other of group.members.slice(0, limit + 1)) {
      if (other.id !== current.id) candidates.push({ other, shared });
    }
  }
  return candidates
    .sort((a, b) => b.shared - a.shared || (rank.get(a.other) ?? 0) - (rank.get(b.other) ?? 0))
    .slice(0, limit)
    .map(({ other }) => other);
}
