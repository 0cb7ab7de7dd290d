/**
 * What the search needs to know about a language's words, from content/search/<locale>.yaml:
 * the words to leave out of a query, and what readers' everyday words mean on this site.
 * The site serves it as JSON (routes.searchLexicon) and the browser reads it on the first search.
 */
export interface Lexicon {
  /** Words too common to narrow a search ("my", "how", "at"): left out unless nothing else is typed. */
  ignore: readonly string[];
  /** Everyday words and phrases, each with the words the site's pages use for the same thing. */
  synonyms: readonly Synonym[];
}

/** One everyday way of asking, and the words that find the site's pages about it. */
export interface Synonym {
  /** What readers type: single words or phrases, lower case ("husband", "passed away"). */
  typed: readonly string[];
  /** Words the pages use for it, searched as well as what was typed ("partner", "widowed"). */
  finds: readonly string[];
}
