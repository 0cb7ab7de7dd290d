import type { APIContext } from 'astro';
import { locales, type Locale } from '../i18n/locales';
import { routes } from '../i18n/routes';

/**
 * robots.txt: everything may be crawled except search result views (/search/?q=…) of every
 * edition, which are endless and thin, as search engines ask sites to do; the sitemap says where
 * the pages are.
 */
export function GET(context: APIContext) {
  const sitemap = new URL(routes.sitemap(), context.site);
  const disallowed = (Object.keys(locales) as Locale[]).map((locale) => `Disallow: ${routes.search(locale)}?\n`);
  return new Response(`User-agent: *\n${disallowed.join('')}\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
