import { splitQuery } from './split-query';

/**
 * The words of the site's texts, most used first, for "did you mean": only words of four
 * letters or more (shorter ones are too easily one edit from another word) and without digits.
 */
export function listVocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of splitQuery(text)) {
      if (word.length < 4 || /\d/.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}
