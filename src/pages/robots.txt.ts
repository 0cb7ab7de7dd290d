import type { APIContext } from 'astro';

/**
 * robots.txt: everything may be crawled except search result views (/search/?q=…), which are
 * endless and thin, as search engines ask sites to do; the sitemap says where the pages are.
 */
export function GET(context: APIContext) {
  const sitemap = new URL('/sitemap-index.xml', context.site);
  return new Response(`User-agent: *\nDisallow: /search/?\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
