import type { Lexicon } from './lexicon';
import { planSearch, type Concept } from './plan-search';
import { rankByConceptsMatched, type RankedPage, type ScoredPage } from './rank-by-concepts-matched';
import { splitQuery } from './split-query';
import { suggestSpelling } from './suggest-spelling';

/** The search engine as the forgiving search uses it (Pagefind in the browser, a fake in unit tests). */
export interface TermEngine<Page> {
  /** Pages holding the term as a whole word or phrase (stemmed, so "meetings" finds "meet"), best first. */
  findWord: (term: string) => Promise<ScoredPage<Page>[]>;
  /** Pages holding a word that starts with `start`, for the word the reader is still typing. */
  findWordStart: (start: string) => Promise<ScoredPage<Page>[]>;
  /** Pages holding every one of the words, in the engine's own ranking (its usual search). */
  findEvery: (words: readonly string[]) => Promise<ScoredPage<Page>[]>;
}

/** A misspelt word and the site's word searched in its place. */
export interface Correction {
  typed: string;
  suggestion: string;
}

/** What a forgiving search found, and how much of the query it had to set aside to find it. */
export interface ForgivingResult<Page> {
  /** Pages matching more of the query first. */
  pages: RankedPage<Page>[];
  /** 'all' when the first page matches everything asked for, 'some' when no page does, 'none' when nothing matched. */
  match: 'all' | 'some' | 'none';
  /** Words searched as a word the site uses instead ("sucide" → "suicide"). */
  corrections: Correction[];
}

export interface ForgivingOptions<Page> {
  lexicon: Lexicon;
  engine: TermEngine<Page>;
  /** The site's words, most used first; loaded only when a word matches nothing. */
  loadVocabulary: () => Promise<readonly string[]>;
  /** The reader is still typing the last word (search as you type): it may be the start of a word. */
  typing?: boolean;
}

/** Below this length a word that matches nothing is not respelt: "ot" is one edit from too many words. */
const SHORTEST_RESPELT = 4;

/**
 * How much a page found by the site's word for something counts against one found by the
 * reader's own word: half, the usual discount for expanded query terms, so "grief group" still
 * puts the page about grief groups above one that says "death" more often.
 */
const SYNONYM_WEIGHT = 0.5;

/**
 * Searches so that a query never fails for one unusual word. Each concept of the query (see
 * planSearch) is searched on its own, as what was typed and as the site's words for it, and pages
 * are ranked by how many concepts they match, so "my husband drinks too much" finds the pages
 * about a partner's drinking even though none holds every word. A word that matches nothing is
 * replaced by the closest word the site uses, if one is close. The caller says which case it is:
 * every word matched on one page, only some did, or nothing did.
 */
export async function searchForgivingly<Page>(
  query: string,
  { lexicon, engine, loadVocabulary, typing = false }: ForgivingOptions<Page>,
): Promise<ForgivingResult<Page>> {
  const concepts = planSearch(query, lexicon);
  const findConcept = async (concept: Concept, isLast: boolean) => {
    const perTerm = await Promise.all(concept.terms.map((term) => engine.findWord(term)));
    const found = perTerm.flatMap((pages, index) =>
      index === 0 ? pages : pages.map((page) => ({ ...page, score: page.score * SYNONYM_WEIGHT })),
    );
    if (found.length > 0 || !typing || !isLast || concept.typed.includes(' ')) {
      return { found, typedFound: (perTerm[0]?.length ?? 0) > 0 };
    }
    const started = await engine.findWordStart(concept.typed);
    return { found: started, typedFound: started.length > 0 };
  };
  const searched = await Promise.all(
    concepts.map((concept, index) => findConcept(concept, index === concepts.length - 1)),
  );
  const perConcept = searched.map(({ found }) => found);
  const corrections: Correction[] = [];
  const unmatched = concepts.filter(
    (concept, index) =>
      perConcept[index]?.length === 0 && concept.typed.length >= SHORTEST_RESPELT && !concept.typed.includes(' '),
  );
  if (unmatched.length > 0) {
    const vocabulary = await loadVocabulary();
    for (const concept of unmatched) {
      const suggestion = suggestSpelling(concept.typed, vocabulary);
      if (!suggestion) continue;
      const [respelt] = planSearch(suggestion, { ...lexicon, ignore: [] });
      if (!respelt) continue;
      const { found } = await findConcept(respelt, false);
      if (found.length === 0) continue;
      perConcept[concepts.indexOf(concept)] = found;
      corrections.push({ typed: concept.typed, suggestion });
    }
  }
  // When every word as typed is on the site, the engine's score for pages holding them all at once
  // counts too: it weighs where the words sit together (a title, a page's search words, which are
  // often the very question: "do support groups work", where "do" is part of the match).
  const everyTyped = concepts.length > 1 && corrections.length === 0 && searched.every(({ typedFound }) => typedFound);
  const together = everyTyped ? await engine.findEvery(splitQuery(query)) : [];
  const pages = rankByConceptsMatched(perConcept, together);
  const first = pages[0];
  const match = !first ? 'none' : first.conceptsMatched === concepts.length ? 'all' : 'some';
  return { pages, match, corrections };
}
