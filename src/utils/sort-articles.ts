/** The fields article ordering needs. */
interface Sortable {
  id: string;
  data: { order?: number | undefined; title: string };
}

/** Orders articles along the reading path first (by `order`), then the rest by title. */
export function sortArticles<T extends Sortable>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => {
    const orderA = a.data.order ?? Number.POSITIVE_INFINITY;
    const orderB = b.data.order ?? Number.POSITIVE_INFINITY;
    if (orderA !== orderB) return orderA - orderB;
    return a.data.title.localeCompare(b.data.title, 'en');
  });
}
