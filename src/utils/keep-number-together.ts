/**
 * Keeps a phone number on one line: spaces become no-break spaces and hyphens no-break hyphens,
 * so "1-800-662-4357" never splits across lines on a narrow screen (html-validate tel-non-breaking).
 */
export function keepNumberTogether(number: string): string {
  return number.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
