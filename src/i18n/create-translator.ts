/**
 * The catalogue's `t`, from i18next: CLDR plural forms via
 * Intl.PluralRules and {{name}} interpolation, typed by our own Translate (keys and placeholders
 * checked against the English catalogue; i18next's own key types reject a union of keys). It runs at build time only; islands get their
 * strings from the markup the server renders, so none of it reaches the browser.
 *
 * Why i18next: it is what Starlight's own translations use, it is maintained (releases every
 * month), its types check keys and plural suffixes, and it has no dependencies. FormatJS's
 * intl-messageformat was the other candidate: ICU syntax is richer than we need and its keys are
 * not typed.
 */
import i18next from 'i18next';
import { isPseudoBuild } from './is-pseudo-build';
import { locales, type Locale } from './locales';
import { pseudoLocalizeCatalogue } from './pseudo-localize';
import type { Catalogue, Translate } from '../translations/catalogue';

const translators = new Map<Locale, Translate>();

/** The catalogue a build renders for a locale: the pseudo-locale's in a pseudo build. */
export function catalogueFor(locale: Locale): Catalogue {
  const { catalogue } = locales[locale];
  return isPseudoBuild ? pseudoLocalizeCatalogue(catalogue) : catalogue;
}

/** The `t` of one locale, made once per build. */
export function createTranslator(locale: Locale): Translate {
  const made = translators.get(locale);
  if (made) return made;
  const { lang } = locales[locale];
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    resources: { [lang]: { translation: catalogueFor(locale) } },
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    // Astro escapes what it writes into HTML; escaping here too would show "&amp;" to readers.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const fixed = instance.getFixedT(lang);
  // Translate has checked the key and values; i18next's own types cannot follow a generic key.
  const t: Translate = (key, ...values) => fixed(key as string, values[0] as Record<string, unknown>);
  translators.set(locale, t);
  return t;
}
