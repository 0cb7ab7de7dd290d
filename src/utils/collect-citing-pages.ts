/** A page that cites works: where it lives, what it is called, and which reference ids it cites. */
export interface CitingPage {
  href: string;
  title: string;
  citations: readonly { id: string }[];
}

/** Maps each reference id to the pages that cite it, in the order the pages were given. */
export function collectCitingPages(pages: readonly CitingPage[]): Map<string, { href: string; title: string }[]> {
  const byReference = new Map<string, { href: string; title: string }[]>();
  for (const { href, title, citations } of pages) {
    for (const { id } of citations) {
      const list = byReference.get(id) ?? [];
      if (!list.some((page) => page.href === href)) list.push({ href, title });
      byReference.set(id, list);
    }
  }
  return byReference;
}
