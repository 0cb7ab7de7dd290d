/**
 * Every string inside a value (an entry's data: strings, arrays, nested objects), for the
 * search vocabulary. Web addresses and email addresses are left out: their parts ("https",
 * "mailto") are not words a reader misspells.
 */
export function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return /^(https?:|mailto:|tel:)|@/.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}
