/**
 * Brings content/resources/<id>.yaml in step with the repository's copy of the research
 * (research/resources-vetted.yaml, and the lines its notes verify that we record in
 * research/lines-from-notes.yaml, less what research/withheld.yaml withholds).
 *
 * Run it after `npm run research -- --take`:
 *   node scripts/import-resources.ts             rewrite the verified fields of every published entry
 *   node scripts/import-resources.ts --add <id>  also publish a new vetted entry (then edit its summary)
 *
 * The research owns the verified fields (name, numbers, addresses, sources…); editors own the
 * reader summary and search keywords, which are kept. `recorded` moves to the research's date
 * only when a verified field changed, and a `checkedLive` date (set by `npm run check:external`) is dropped then, because the
 * live check was of the old facts. New entries are never published silently: each needs --add, so
 * an editor writes its summary before it goes live. Withheld and do-not-publish entries are removed.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { readLinesFromNotes } from '../src/utils/read-lines-from-notes.ts';
import { readReviewedResources } from '../src/utils/read-reviewed-resources.ts';
import { vettedFilePath } from '../src/utils/read-vetted-resources.ts';
import { readWithheldFacts } from '../src/utils/read-withheld-facts.ts';
import { toPublishedFields } from '../src/utils/to-published-fields.ts';
import { writeResourceFile, type ResourceFile } from './lib/write-resource-file.ts';

const outDir = new URL('../content/resources/', import.meta.url);
const toAdd = process.argv.flatMap((arg, index, all) => (all[index - 1] === '--add' ? [arg] : []));

/** The newest date the research file's header gives ("Compiled: …", "Updated …"). */
function readResearchDate(): string {
  const header = readFileSync(vettedFilePath, 'utf8').split('\n').slice(0, 12).join('\n');
  const dates = [...header.matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)].map((match) => match[1] ?? '');
  const newest = dates.sort().at(-1);
  if (!newest) throw new Error('The research file header gives no compile or update date.');
  return newest;
}

const vetted = readReviewedResources();
const withheld = readWithheldFacts();
const researchDate = readResearchDate();
// A line from the notes carries its own date: the vetted file's header does not date it.
const noteDates = new Map(readLinesFromNotes().map((line) => [line.id, line.recorded]));
const published = readdirSync(outDir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length));

for (const id of toAdd) if (!vetted.has(id)) throw new Error(`--add ${id}: no such entry in the research.`);

let changed = 0;
for (const id of [...new Set([...published, ...toAdd])].sort()) {
  const file = new URL(`${id}.yaml`, outDir);
  const entry = vetted.get(id);
  const review = withheld.get(id);
  if (!entry || /do not publish/i.test(entry.notes) || review?.withholdEntry) {
    const why = !entry ? 'no longer in the research' : review?.withholdEntry ? review.because : 'do not publish';
    if (existsSync(file)) rmSync(file);
    console.log(`removed ${id}: ${why}`);
    changed += 1;
    continue;
  }
  const existing = existsSync(file) ? (parse(readFileSync(file, 'utf8')) as ResourceFile) : undefined;
  const fields = toPublishedFields(entry, review);
  const { summary, keywords, recorded, checkedLive, ...before } = existing ?? {};
  const same = existing !== undefined && isDeepStrictEqual(before, JSON.parse(JSON.stringify(fields)));
  if (same) continue;
  writeResourceFile(file, {
    ...fields,
    // A new entry starts from the research's notes; an editor rewrites them for readers.
    summary: summary ?? entry.notes.replace(/\s+/g, ' ').trim(),
    ...(keywords ? { keywords } : {}),
    recorded: noteDates.get(id) ?? researchDate,
  });
  console.log(
    `${existing ? 'updated' : 'added  '} ${id}${checkedLive ? ' (its live check was of the old facts: dropped)' : ''}`,
  );
  changed += 1;
}
console.log(`${changed} resource file(s) changed; the research is dated ${researchDate}.`);
