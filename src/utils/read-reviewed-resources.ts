import { readLinesFromNotes } from './read-lines-from-notes.ts';
import { readVettedResources, type VettedEntry } from './read-vetted-resources.ts';
import { toVettedEntry } from './to-vetted-entry.ts';

/**
 * Every entry the site may publish, keyed by id: the research's vetted file and our reading of
 * lines its notes verify (research/lines-from-notes.yaml), in one shape. An id in both is an
 * error, because then two sources would claim the same entry's facts.
 */
export function readReviewedResources(): Map<string, VettedEntry> {
  const entries = readVettedResources();
  for (const line of readLinesFromNotes()) {
    if (entries.has(line.id)) {
      throw new Error(`${line.id} is in both research/resources-vetted.yaml and research/lines-from-notes.yaml.`);
    }
    entries.set(line.id, toVettedEntry(line));
  }
  return entries;
}
