import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Our review of one vetted entry: facts its verified fields hold that its own notes doubt. */
export interface WithheldFacts {
  /** The vetted entry's id. */
  id: string;
  /** What the research says that makes us withhold these facts. */
  because: string;
  /** The whole entry stays off the site. */
  withholdEntry?: boolean;
  /** Values left out of a list field, e.g. a language. */
  remove?: Record<string, string[]>;
  /** A field's value replaced by what the verified facts support. */
  replace?: Record<string, string>;
  /**
   * A phone line's hours cut to their confirmed part, by number: the research writes its doubt
   * into the value ("365 days a year (times not confirmed)"); the reader gets "365 days a year".
   * The kept text must be part of the research's own value (the vetted-resources test checks).
   */
  shortenHours?: Record<string, string>;
  /** Words the reader summary must not contain. */
  notInSummary?: string[];
  /** A caveat the reader summary must keep. */
  summaryMustSay?: string[];
}

/** research/withheld.yaml: kept beside the research because it is our review of it. */
export const withheldFilePath = new URL('../../research/withheld.yaml', import.meta.url);

/** Returns our withheld facts keyed by vetted entry id. */
export function readWithheldFacts(): Map<string, WithheldFacts> {
  const items = parse(readFileSync(withheldFilePath, 'utf8')) as WithheldFacts[];
  return new Map(items.map((item) => [item.id, item]));
}
