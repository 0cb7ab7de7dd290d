/**
 * Splits what a reader typed into lower-case words: letters, digits and the apostrophes and
 * hyphens inside a word ("don't", "non-religious", "12-step"). Curly apostrophes become straight
 * ones, so "I’m" and "I'm" are the same word.
 */
export function splitQuery(query: string): string[] {
  return (
    query
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
  ).filter((word) => word.length > 0);
}
