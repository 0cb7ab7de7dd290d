import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { toHsdsOrganizations } from '../../../open-data/to-hsds';
import { toResourceRecord } from '../../../open-data/to-resource-record';

/**
 * /open-data/hsds/organizations.json: our resources in Open Referral HSDS 3.0. A JSON array of
 * organization objects (organization.json), each with a `services` array of service objects
 * (service.json), the nested shape of HSDS's official organization_full.json example. It is
 * built from the same public records as /resources.json, so the two exports never disagree.
 */
export async function GET({ site }: APIContext) {
  if (site === undefined) throw new Error('Set `site` in astro.config.mjs: the open data needs absolute URLs.');
  const entries = await getCollection('resources');
  const organizations = toHsdsOrganizations(entries.map((entry) => toResourceRecord(entry.id, entry.data, site)));
  return new Response(`${JSON.stringify(organizations, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
