import type { APIContext } from 'astro';
import { site } from '../config/site';

/** OpenSearch description, so browsers can offer "search Common Ground" from the address bar. */
export function GET(context: APIContext) {
  const origin = new URL('/', context.site).href.replace(/\/$/, '');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${site.name}</ShortName>
  <Description>Search ${site.name}: self-help groups, mutual aid and peer support.</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="32" height="32" type="image/svg+xml">${origin}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${origin}/search/?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
}
