import type { APIContext } from 'astro';
import { buildResourcesSchema } from '../open-data/resources-schema';

/** /resources.schema.json: the JSON Schema (draft 2020-12) that /resources.json follows. */
export function GET({ site }: APIContext) {
  if (site === undefined) throw new Error('Set `site` in astro.config.mjs: the schema needs an absolute $id.');
  return new Response(`${JSON.stringify(buildResourcesSchema(site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
}
