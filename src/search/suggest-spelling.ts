/**
 * The site's word closest to a misspelt one ("sucide" → "suicide"), or undefined when none is
 * close. Close means at most one edit for words of up to five letters and two for longer ones,
 * counting a swap of neighbouring letters as one edit (Damerau–Levenshtein, optimal string
 * alignment); among equally close words the one the site uses most wins. `vocabulary` lists
 * the site's words, most used first.
 */
export function suggestSpelling(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = word.length <= 5 ? 1 : 2;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    if (candidate === word || Math.abs(candidate.length - word.length) > limit) continue;
    const distance = measureEditDistance(word, candidate, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/** Edits between two words (insert, delete, substitute, swap neighbours), stopping early past `limit`. */
export function measureEditDistance(a: string, b: string, limit = Infinity): number {
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (twoBack[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return rowMinimum;
    twoBack = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
