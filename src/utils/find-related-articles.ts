/** The fields relatedness needs. */
interface Topical {
  id: string;
  data: { topics: readonly string[]; order?: number | undefined; title: string };
}

/**
 * Finds up to `limit` other articles that share the most topics with `current`; ties keep
 * reading-path order, then title. Articles sharing no topic are not related.
 */
export function findRelatedArticles<T extends Topical>(current: T, all: readonly T[], limit = 3): T[] {
  const topics = new Set(current.data.topics);
  return all
    .filter((other) => other.id !== current.id)
    .map((other) => ({ other, shared: other.data.topics.filter((topic) => topics.has(topic)).length }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        (a.other.data.order ?? Infinity) - (b.other.data.order ?? Infinity) ||
        a.other.data.title.localeCompare(b.other.data.title, 'en'),
    )
    .slice(0, limit)
    .map(({ other }) => other);
}
