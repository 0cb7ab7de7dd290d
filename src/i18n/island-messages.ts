/**
 * The strings an island needs, for its `data-messages` attribute: islands never hold a
 * reader-facing literal, they read these from the markup the server rendered. A plural key
 * brings all its forms (key_one, key_other…), which formatMessage chooses between in the browser.
 */
import type { MessageId } from '../translations/catalogue';
import { catalogueFor } from './create-translator';
import type { Locale } from './locales';

/** JSON of the templates for `keys` (with every plural form), to put in `data-messages`. */
export function islandMessages(locale: Locale, keys: readonly MessageId[]): string {
  return JSON.stringify(pickMessages(locale, keys));
}

/** The templates for `keys`, with every plural form, by catalogue key. */
export function pickMessages(locale: Locale, keys: readonly MessageId[]): Record<string, string> {
  const catalogue = catalogueFor(locale) as Record<string, string>;
  const picked: Record<string, string> = {};
  for (const key of keys) {
    let found = false;
    for (const [name, template] of Object.entries(catalogue)) {
      if (name === key || name.startsWith(`${key}_`)) {
        picked[name] = template;
        found = true;
      }
    }
    if (!found) throw new Error(`No catalogue entry for "${key}".`);
  }
  return picked;
}
