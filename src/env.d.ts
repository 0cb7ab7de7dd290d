/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The edition this page belongs to (src/i18n/locales.ts). */
    locale: import('./i18n/locales').Locale;
    /** The page's language tag, for <html lang> and Intl. */
    lang: string;
    /** The catalogue's translate function for this page's language (src/translations/). */
    t: import('./translations/catalogue').Translate;
    /** Reference ids in order of first citation on the page being rendered (see utils/list-cited-ids). */
    citationOrder?: string[];
    /** How many times each reference has been cited so far on the page, for unique anchor ids. */
    citationUses?: Map<string, number>;
  }
}
