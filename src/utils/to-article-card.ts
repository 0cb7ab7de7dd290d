/** Turns an article entry into a link card: its page, title and description. */
export function toArticleCard({ id, data }: { id: string; data: { title: string; description: string } }) {
  return { href: `/learn/${id}/`, title: data.title, description: data.description };
}
