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
   * The locale Intl formats dates with. The English edition is written in US English, so it
   * writes dates the US way ("November 27, 2026"): the month spelled out, so no reader in the UK
   * or Ireland takes it for day-first either.
   */
  dateLocale: string;
  /** Open Graph's og:locale (language_TERRITORY). */
  ogLocale: string;
  /** Every interface string in this language. */
  catalogue: Catalogue;
}

export const locales = {
  en: { lang: 'en', prefix: '', dateLocale: 'en-US', ogLocale: 'en_US', catalogue: en },
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
