/** The fields relatedness needs. */
interface Topical {
  id: string;
  data: { topics: readonly string[]; order?: number | undefined; title: string };
}

/** Articles with the same set of topics, in reading-path order, then by title. */
interface TopicGroup<T> {
  topics: readonly string[];
  members: readonly T[];
}

const byTitle = new Intl.Collator('en').compare;
/**
 * Every list of articles grouped by topic set, once per build. Each article page asks, and
 * scoring every other article on every page made the build quadratic: 0.8 s of a 1,000-article
 * build, and most of the render time at 5,000. There are few distinct topic sets, so a page now
 * looks at a handful of groups instead of every article.
 */
const groupedLists = new WeakMap<readonly Topical[], { groups: TopicGroup<Topical>[]; rank: Map<Topical, number> }>();

function groupByTopics<T extends Topical>(all: readonly T[]) {
  let grouped = groupedLists.get(all);
  if (!grouped) {
    const sorted = [...all].sort(
      (a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || byTitle(a.data.title, b.data.title),
    );
    const groups = new Map<string, TopicGroup<Topical> & { members: Topical[] }>();
    for (const article of sorted) {
      const topics = [...new Set(article.data.topics)];
      const key = [...topics].sort().join('\n');
      const group = groups.get(key) ?? { topics, members: [] };
      group.members.push(article);
      groups.set(key, group);
    }
    grouped = { groups: [...groups.values()], rank: new Map(sorted.map((article, index) => [article, index])) };
    groupedLists.set(all, grouped);
  }
  return grouped as { groups: TopicGroup<T>[]; rank: Map<T, number> };
}

/**
 * Finds up to `limit` other articles that share the most topics with `current`; ties keep
 * reading-path order, then title. Articles sharing no topic are not related.
 */
export function findRelatedArticles<T extends Topical>(current: T, all: readonly T[], limit = 3): T[] {
  const topics = new Set(current.data.topics);
  const { groups, rank } = groupByTopics(all);
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
