/**
 * Imports ../shared/research/resources-vetted.yaml into content/resources/<id>.yaml.
 *
 * Only verified fields cross over: everything under `unverified:` stays behind, `null`
 * ("not confirmed") becomes an absent field, and entries whose notes say not to publish are
 * skipped. Existing files are left alone unless --force is given, because editors rewrite the
 * summaries for readers after import. Run: node scripts/import-resources.ts [--force]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { vettedFilePath, type VettedEntry } from '../src/utils/read-vetted-resources.ts';

const LAST_CHECKED = '2026-11-27';
const force = process.argv.includes('--force');
const outDir = new URL('../content/resources/', import.meta.url);

function notApplicable(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  return value === 'n/a' ? 'not-applicable' : value;
}

function toResource(entry: VettedEntry) {
  return {
    name: entry.name,
    kind: entry.kind,
    region: entry.region,
    summary: entry.notes.replace(/\s+/g, ' ').trim(),
    website: entry.website ?? undefined,
    finder: entry.finder ?? undefined,
    phones: (entry.phone ?? []).map(({ number, label, hours }) => ({ number, label, ...(hours ? { hours } : {}) })),
    texts: (entry.text ?? []).map(({ how, label }) => ({ how, label })),
    serves: entry.serves ?? undefined,
    ledBy: notApplicable(entry.led_by),
    approach: notApplicable(entry.approach),
    formats: entry.formats ?? [],
    topics: entry.topics,
    languages: entry.languages ?? [],
    sources: entry.sources,
    lastChecked: LAST_CHECKED,
  };
}

const entries = parse(readFileSync(vettedFilePath, 'utf8')) as VettedEntry[];
mkdirSync(outDir, { recursive: true });
let written = 0;
for (const entry of entries) {
  if (/do not publish/i.test(entry.notes)) {
    console.log(`skip ${entry.id}: its notes say not to publish`);
    continue;
  }
  const file = new URL(`${entry.id}.yaml`, outDir);
  if (existsSync(file) && !force) continue;
  writeFileSync(
    file,
    `# Imported from resources-vetted.yaml (verified fields only); summary edited for readers.\n${stringify(toResource(entry), { lineWidth: 0 }).replace(/^lastChecked: (.+)$/m, "lastChecked: '$1'")}`,
  );
  written += 1;
}
console.log(`wrote ${written} resource files`);
