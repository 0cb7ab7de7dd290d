/** A page one term found, with the engine's score for it. */
export interface ScoredPage<Page> {
  id: string;
  score: number;
  page: Page;
}

/** A page in the merged ranking: how many of the query's concepts it matched, and its total score. */
export interface RankedPage<Page> extends ScoredPage<Page> {
  conceptsMatched: number;
}

/**
 * Merges per-concept results into one ranking: pages that match more of what the reader asked
 * for come first, then the higher summed score. Within a concept a page counts once, with its
 * best score among the concept's terms. `together` adds the engine's score for pages that hold
 * every word at once (it weighs words found side by side, as in a page's search words).
 */
export function rankByConceptsMatched<Page>(
  perConcept: readonly (readonly ScoredPage<Page>[])[],
  together: readonly ScoredPage<Page>[] = [],
): RankedPage<Page>[] {
  const merged = new Map<string, RankedPage<Page>>();
  for (const pages of perConcept) {
    const best = new Map<string, ScoredPage<Page>>();
    for (const page of pages) {
      const seen = best.get(page.id);
      if (!seen || page.score > seen.score) best.set(page.id, page);
    }
    for (const page of best.values()) {
      const entry = merged.get(page.id);
      if (entry) {
        entry.conceptsMatched += 1;
        entry.score += page.score;
      } else {
        merged.set(page.id, { ...page, conceptsMatched: 1 });
      }
    }
  }
  for (const page of together) {
    const entry = merged.get(page.id);
    if (entry) entry.score += page.score;
  }
  return [...merged.values()].sort((a, b) => b.conceptsMatched - a.conceptsMatched || b.score - a.score);
}
