import { numberCitations } from './list-cited-ids';

/** The parts of an MDX entry its citations need. */
interface CitingEntry {
  id: string;
  body?: string | undefined;
  filePath?: string | undefined;
  data: { citations: readonly { id: string }[] };
}

/**
 * Numbers an entry's <Cite> notes in order of first use and hands the order to the <Cite> and
 * notes components through Astro.locals (Astro 7's Markdown pipeline runs no remark plugins that
 * could do it). Returns the order. Throws, naming the file, for a citation the front matter lacks.
 */
export function setCitationOrder(
  locals: Pick<App.Locals, 'citationOrder' | 'citationUses'>,
  entry: CitingEntry,
): string[] {
  const order = numberCitations(
    entry.body ?? '',
    entry.data.citations.map((work) => work.id),
    entry.filePath ?? entry.id,
  );
  locals.citationOrder = order;
  return order;
}
