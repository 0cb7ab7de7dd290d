import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { toResourcesDocument } from '../open-data/resources-schema';
import { toResourceRecord } from '../open-data/to-resource-record';

/**
 * /resources.json: every vetted resource with its verified fields (format documented at
 * /resources.schema.json and /open-data/). Pretty-printed so people can read it; hosts compress it.
 */
export async function GET({ site }: APIContext) {
  if (site === undefined) throw new Error('Set `site` in astro.config.mjs: the open data needs absolute URLs.');
  const entries = await getCollection('resources');
  const document = toResourcesDocument(
    entries.map((entry) => toResourceRecord(entry.id, entry.data, site)),
    site,
  );
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
