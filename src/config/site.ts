/**
 * Site-wide structure in one place. Its words (the site's name, the navigation's labels) are in
 * the catalogue, src/translations/.
 */
import type { Locale } from '../i18n/locales';
import { routes } from '../i18n/routes';
import type { MessageId } from '../translations/catalogue';

/** The primary navigation, in the order the header shows it. */
export const primaryNav: readonly { href: (locale: Locale) => string; label: MessageId; isSearch?: true }[] = [
  { href: routes.learn, label: 'nav.learn' },
  { href: routes.quiz, label: 'nav.quiz' },
  { href: routes.organize, label: 'nav.organize' },
  { href: routes.resources, label: 'nav.resources' },
  { href: routes.search, label: 'nav.search', isSearch: true },
];
