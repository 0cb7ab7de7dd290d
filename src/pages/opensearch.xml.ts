import type { APIContext } from 'astro';
import { routes, searchQueryParameter } from '../i18n/routes';

/** Escapes text for an XML element: the catalogue's words may hold & or <. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** OpenSearch description, so browsers can offer "search Common Ground" from the address bar. */
export function GET(context: APIContext) {
  const { locale, t } = context.locals;
  const siteName = t('site.name');
  const origin = new URL('/', context.site).href.replace(/\/$/, '');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(siteName)}</ShortName>
  <Description>${escapeXml(t('openSearch.description', { siteName }))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="32" height="32" type="image/svg+xml">${origin}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${origin}${routes.search(locale)}?${searchQueryParameter}={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
}
