import type { Locale } from '../i18n/locales';
import { routes } from '../i18n/routes';

/** Turns an article entry into a link card: its page, title and description. */
export function toArticleCard(
  { id, data }: { id: string; data: { title: string; description: string } },
  locale: Locale,
) {
  return { href: routes.article(locale, id), title: data.title, description: data.description };
}
