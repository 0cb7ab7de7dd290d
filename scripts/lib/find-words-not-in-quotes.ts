/** The words of a text, lower-cased, split at anything that is not a letter or a digit. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The words of a published value that none of its quotations uses: "9-8-8 Suicide Crisis
 * Helpline" passes against "9-8-8, Canada's new three-digit suicide crisis helpline", while a
 * value that adds a word of its own ("24/7", "free") fails. It does not see word order, so phone
 * numbers are also compared digit for digit (findUnconfirmedLines).
 */
export function findWordsNotInQuotes(value: string, quotes: readonly string[]): string[] {
  const known = new Set(quotes.flatMap(wordsOf));
  return [...new Set(wordsOf(value).filter((word) => !known.has(word)))];
}
