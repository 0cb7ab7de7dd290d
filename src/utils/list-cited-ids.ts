/**
 * Lists the reference ids an MDX body cites with <Cite id="…" />, in order of first appearance.
 * Astro 7's default Markdown processor runs no remark plugins, so the page reads the order from
 * the source and hands it to <Cite> through Astro.locals.
 */
export function listCitedIds(body: string): string[] {
  const order: string[] = [];
  for (const match of body.matchAll(/<Cite\s+id=(?:"([^"]*)"|'([^']*)')/g)) {
    const id = match[1] ?? match[2] ?? '';
    if (!order.includes(id)) order.push(id);
  }
  return order;
}

/**
 * Checks the cited ids against the page's `citations` front matter and returns the numbering
 * order; throws, naming the file, for an empty id or a work the front matter does not list.
 */
export function numberCitations(body: string, listed: readonly string[], file: string): string[] {
  const order = listCitedIds(body);
  for (const id of order) {
    if (id === '') throw new Error(`${file}: every <Cite> needs an id, like <Cite id="katz-1993" />.`);
    if (!listed.includes(id))
      throw new Error(`${file}: <Cite id="${id}" /> is not listed in the front matter's citations.`);
  }
  return order;
}
