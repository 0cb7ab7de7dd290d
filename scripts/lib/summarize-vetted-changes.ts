import { isDeepStrictEqual } from 'node:util';

type Entry = Record<string, unknown> & { id: string };

function byId(list: unknown): Map<string, Entry> {
  const entries = Array.isArray(list) ? (list as Entry[]) : [];
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/**
 * Describes, one line per organization, how two versions of resources-vetted.yaml differ:
 * which entries are new or gone, and which fields of the others changed. A reviewer reads this
 * before the line-by-line diff, because one moved phone number matters more than a reworded note.
 */
export function summarizeVettedChanges(before: unknown, after: unknown): string[] {
  const old = byId(before);
  const next = byId(after);
  const lines: string[] = [];
  for (const [id, entry] of next) {
    const previous = old.get(id);
    if (!previous) {
      lines.push(`+ ${id} (new entry)`);
      continue;
    }
    const fields = [...new Set([...Object.keys(previous), ...Object.keys(entry)])].filter(
      (field) => !isDeepStrictEqual(previous[field], entry[field]),
    );
    if (fields.length > 0) lines.push(`~ ${id}: ${fields.join(', ')}`);
  }
  for (const id of old.keys()) if (!next.has(id)) lines.push(`- ${id} (no longer in the file)`);
  return lines;
}
