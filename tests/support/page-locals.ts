/**
 * What the middleware gives every page (src/middleware.ts), for components rendered in tests
 * with the Astro container: `renderToString(Component, { locals: pageLocals(), locals: pageLocals(), props })`.
 */
import { createTranslator } from '../../src/i18n/create-translator';
import { defaultLocale, locales, type Locale } from '../../src/i18n/locales';

export function pageLocals(locale: Locale = defaultLocale): App.Locals {
  return { locale, lang: locales[locale].lang, t: createTranslator(locale) };
}
