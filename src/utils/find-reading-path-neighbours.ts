/** The fields the reading path needs. */
interface Ordered {
  id: string;
  data: { order?: number | undefined };
}

/** The reading path of each list of articles, worked out once per build rather than once per page. */
const paths = new WeakMap<readonly Ordered[], readonly Ordered[]>();

/** Returns the articles before and after `id` on the reading path (articles with an `order`). */
export function findReadingPathNeighbours<T extends Ordered>(
  id: string,
  all: readonly T[],
): { previous: T | undefined; next: T | undefined } {
  let path = paths.get(all) as readonly T[] | undefined;
  if (!path) {
    path = all
      .filter((article) => article.data.order !== undefined)
      .sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0));
    paths.set(all, path);
  }
  const index = path.findIndex((article) => article.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: path[index - 1], next: path[index + 1] };
}
