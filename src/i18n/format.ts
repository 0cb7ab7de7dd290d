/**
 * Dates, numbers and sorting in the page's language, through Intl. Formatters are made once per
 * locale: toLocaleDateString builds a new one on every call, which cost about 0.9 s of a
 * 1,000-article build (measured with --cpu-prof).
 */
import { isPseudoBuild } from './is-pseudo-build';
import { locales, type Locale } from './locales';
import { VALUE_CLOSE, VALUE_OPEN } from './pseudo-localize';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const collators = new Map<Locale, Intl.Collator>();

/** A stored date (UTC midnight) as "November 27, 2026" in English. */
export function formatDate(date: Date, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[locale].dateLocale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** The date as HTML's <time datetime> wants it: 2026-11-27. */
export function toDatetimeAttribute(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Compares two strings the way the language sorts them (for Array.prototype.sort). */
export function compareText(locale: Locale): (a: string, b: string) => number {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locales[locale].lang);
    collators.set(locale, collator);
  }
  return collator.compare;
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/**
 * A list as the language writes one inside a sentence's unit ("in person, online, phone" in
 * English: Intl's 'unit' type joins with commas and no "and", as the site always has).
 */
export function formatList(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locales[locale].lang, { type: 'unit', style: 'short' });
    listFormats.set(locale, format);
  }
  // The pseudo-locale marks each item, as it marks a message's values, so the check reads them one by one.
  return format.format(isPseudoBuild ? items.map((item) => `${VALUE_OPEN}${item}${VALUE_CLOSE}`) : items);
}
