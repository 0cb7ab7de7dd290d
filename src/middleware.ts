/**
 * Gives every page its language: Astro.locals.locale, .lang and the catalogue's .t, the way
 * Starlight's middleware does. Prerendered pages run this at build time.
 */
import { defineMiddleware } from 'astro:middleware';
import { createTranslator } from './i18n/create-translator';
import { isPseudoBuild } from './i18n/is-pseudo-build';
import { localeFromPath, locales } from './i18n/locales';

/** The pseudo-locale's tag (BCP 47's private-use region XA is the usual one for accented English). */
const PSEUDO_LANG = 'en-XA';

export const onRequest = defineMiddleware((context, next) => {
  const locale = localeFromPath(context.url.pathname);
  context.locals.locale = locale;
  context.locals.lang = isPseudoBuild ? PSEUDO_LANG : locales[locale].lang;
  context.locals.t = createTranslator(locale);
  return next();
});
