/**
 * Reads the research team's vetted resource file. Tests use it to prove that every phone
 * number, text line and address we publish is one the file verified for that organization.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The repository's reviewed copy of the vetted file (research/README.md says how new research comes in). */
export const vettedFilePath = new URL('../../research/resources-vetted.yaml', import.meta.url);

/** One organization or service as the research file records it. */
export interface VettedEntry {
  id: string;
  name: string;
  kind: string;
  region: string;
  website: string | null;
  finder: string | null;
  phone: { number: string; label: string; hours?: string }[] | null;
  text: { how: string; label: string }[] | null;
  serves: string | null;
  led_by: string | null;
  approach: string | null;
  formats: string[] | null;
  topics: string[];
  languages: string[] | null;
  notes: string;
  sources: string[];
  unverified: Record<string, string> | null;
}

/** Returns the vetted entries keyed by id. */
export function readVettedResources(): Map<string, VettedEntry> {
  const entries = parse(readFileSync(vettedFilePath, 'utf8')) as VettedEntry[];
  return new Map(entries.map((entry) => [entry.id, entry]));
}
