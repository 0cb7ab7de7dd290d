/** The fields the reading path needs. */
interface Ordered {
  id: string;
  data: { order?: number | undefined };
}

/** Returns the articles before and after `id` on the reading path (articles with an `order`). */
export function findReadingPathNeighbours<T extends Ordered>(
  id: string,
  all: readonly T[],
): { previous: T | undefined; next: T | undefined } {
  const path = all
    .filter((article) => article.data.order !== undefined)
    .sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0));
  const index = path.findIndex((article) => article.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: path[index - 1], next: path[index + 1] };
}
