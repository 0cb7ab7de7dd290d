import type { Lexicon } from './lexicon';
import { splitQuery } from './split-query';

/** One thing the reader asked for: the word or phrase as typed, and every term that finds it. */
export interface Concept {
  /** The word or phrase as the reader typed it (lower case). */
  typed: string;
  /** What to search for: what was typed first, then the site's own words for it. */
  terms: string[];
}

/**
 * Turns a query into the concepts to search for. Phrases the lexicon knows ("passed away") are
 * read before single words; ignored words ("my", "how") are left out unless the query has
 * nothing else; each remaining word searches for itself and for the site's words for it
 * ("husband" also finds "partner"). Pagefind matches only pages that hold every word it is
 * given, so the caller searches each concept on its own and ranks pages by how many they match.
 */
export function planSearch(query: string, lexicon: Lexicon): Concept[] {
  const words = splitQuery(query);
  const ignored = new Set(lexicon.ignore);
  const phrases = lexicon.synonyms
    .flatMap((synonym) => synonym.typed.map((typed) => ({ words: splitQuery(typed), finds: synonym.finds })))
    .sort((a, b) => b.words.length - a.words.length);
  const concepts: Concept[] = [];
  for (let index = 0; index < words.length;) {
    const phrase = phrases.find(({ words: phraseWords }) =>
      phraseWords.every((word, offset) => words[index + offset] === word),
    );
    const length = phrase?.words.length ?? 1;
    const typed = words.slice(index, index + length).join(' ');
    index += length;
    const existing = concepts.find((concept) => concept.typed === typed);
    if (existing) continue;
    const finds = phrase?.finds ?? [];
    concepts.push({ typed, terms: [...new Set([typed, ...finds])] });
  }
  const kept = concepts.filter((concept) => !ignored.has(concept.typed));
  return kept.length > 0 ? kept : concepts;
}
