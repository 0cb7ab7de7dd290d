import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import type { PublishedFields } from '../../src/utils/to-published-fields.ts';

/** A content/resources file: the research's fields, the editor's summary and two dates. */
export type ResourceFile = PublishedFields & {
  summary: string;
  /** Words people search for that the summary does not use; editors write them, like the summary. */
  keywords?: string[];
  /** When the research recorded these facts (YYYY-MM-DD). */
  recorded: string;
  /** When `npm run check:external` last found them on the live site (YYYY-MM-DD). */
  checkedLive?: string;
};

/** The order editors read a file in: what it is, what it offers, how to reach it, where facts came from. */
const ORDER = [
  'name',
  'kind',
  'region',
  'summary',
  'keywords',
  'website',
  'finder',
  'phones',
  'texts',
  'serves',
  'ledBy',
  'approach',
  'formats',
  'topics',
  'languages',
  'sources',
  'recorded',
  'checkedLive',
] as const;

/** Writes one resource file, dates quoted (the schema rejects unquoted dates, see CONTRIBUTING). */
export function writeResourceFile(file: URL, data: ResourceFile): void {
  const ordered = Object.fromEntries(ORDER.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]));
  const yaml = stringify(ordered, { lineWidth: 0 }).replace(/^(recorded|checkedLive): (.+)$/gm, "$1: '$2'");
  writeFileSync(
    file,
    `# Verified fields from research/ (scripts/import-resources.ts); summary written for readers.\n${yaml}`,
  );
}
