/**
 * The pseudo-locale: every catalogue string accented and bracketed ("Search" → "⟦Śéåŕçĥ⟧"), so a
 * page built with it shows at a glance, and to scripts/check-pseudo-locale.ts, which words did
 * not come from the catalogue. Placeholders ({{name}}) and nesting ($t(key)) stay as written.
 */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';
/** Around each filled-in value, so the check can tell one value from the next. */
export const VALUE_OPEN = '‹';
export const VALUE_CLOSE = '›';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTS = Array.from('åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ');
const ACCENTED: Record<string, string> = Object.fromEntries(
  Array.from(PLAIN, (letter, index) => [letter, ACCENTS[index] ?? letter]),
);

/** Accents one string's letters outside its placeholders and brackets the whole. */
export function pseudoLocalize(message: string): string {
  const parts = message.split(/(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?[a-z]+\d?>)/);
  const accented = parts
    .map((part, index) => {
      if (index % 2 === 0) return part.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter] ?? letter);
      return part.startsWith('{{') ? `${VALUE_OPEN}${part}${VALUE_CLOSE}` : part;
    })
    .join('');
  return `${PSEUDO_OPEN}${accented}${PSEUDO_CLOSE}`;
}

/** A whole catalogue in the pseudo-locale. */
export function pseudoLocalizeCatalogue<T extends Record<string, string>>(catalogue: T): T {
  return Object.fromEntries(Object.entries(catalogue).map(([key, message]) => [key, pseudoLocalize(message)])) as T;
}
