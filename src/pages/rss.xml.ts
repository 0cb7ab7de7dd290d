import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { compareText } from '../i18n/format';
import { routes } from '../i18n/routes';

/** The RSS feed of articles, newest first. */
export async function GET(context: APIContext) {
  const articles = (await getCollection('articles', ({ data }) => !data.draft)).sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || compareText(context.locals.locale)(a.id, b.id),
  );
  const { locale, t } = context.locals;
  return rss({
    title: t('feed.title', { siteName: t('site.name') }),
    description: t('site.tagline'),
    site: context.site ?? 'https://common-ground.example',
    items: articles.map((entry) => ({
      title: entry.data.title,
      description: entry.data.description,
      pubDate: entry.data.published,
      link: routes.article(locale, entry.id),
    })),
  });
}
