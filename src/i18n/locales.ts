/**
 * The site's languages. Adding one is an entry here, a catalogue in src/translations/ and a
 * content folder; routes, formatting and the pseudo-locale check read everything else from here.
 */
import en from '../translations/en';
import type { Catalogue } from '../translations/catalogue';

export interface LocaleSettings {
  /** The BCP 47 tag written in <html lang> and given to every Intl formatter. */
  lang: string;
  /** Path prefix of this edition: '' for the default language at the site root, 'es' for /es/. */
  prefix: string;
  /**
   * The locale Intl formats dates with. The English edition writes dates day first
   * ("27 November 2026"), the way GOV.UK and NHS.UK do, which no reader in the US, UK or Ireland
   * misreads; Intl orders day and month by locale, so that needs en-GB.
   */
  dateLocale: string;
  /** Open Graph's og:locale (language_TERRITORY). */
  ogLocale: string;
  /** Every interface string in this language. */
  catalogue: Catalogue;
}

export const locales = {
  en: { lang: 'en', prefix: '', dateLocale: 'en-GB', ogLocale: 'en_GB', catalogue: en },
} as const satisfies Record<string, LocaleSettings>;

export type Locale = keyof typeof locales;
export const defaultLocale: Locale = 'en';

/** The edition a path belongs to: the locale whose prefix starts it, else the default. */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  const match = (Object.keys(locales) as Locale[]).find((locale) => {
    const { prefix } = locales[locale] as LocaleSettings;
    return prefix !== '' && prefix === first;
  });
  return match ?? defaultLocale;
}
