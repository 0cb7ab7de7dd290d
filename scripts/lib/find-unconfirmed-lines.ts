/** Only the digits of a number or short code, so "1-800-662-4357" matches "1 (800) 662 4357". */
function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/**
 * The phone numbers and text lines that appear on none of the given pages. A line counts as found
 * when its digits appear, in order and unbroken, in the digits of some page's text: a page that
 * writes "988" or "741741" with other spacing still confirms it, and a line with no digits (a
 * keyword-only instruction) cannot be confirmed this way, so it is reported.
 */
export function findUnconfirmedLines(lines: readonly string[], pageTexts: readonly string[]): string[] {
  // Split each page into runs of digits and separators, so numbers on different lines never join.
  const runs = pageTexts.flatMap((text) => (text.match(/\d[\d \t\u00a0().+-]*\d|\d/g) ?? []).map(digitsOf));
  return lines.filter((line) => {
    const digits = digitsOf(line);
    return digits.length === 0 || !runs.some((run) => run.includes(digits));
  });
}
