/**
 * Minutes to read a text at 200 words a minute, rounded up, at least 1. 200 wpm is a common
 * planning figure for adult silent reading of non-fiction; we round up to be generous.
 */
export function estimateReadingMinutes(text: string): number {
  const words = text
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.ceil(words / 200));
}
