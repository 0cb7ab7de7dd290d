import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A research file's words for one fact (scripts/lib/find-evidence-problems.ts checks them). */
export interface NoteEvidence {
  file: string;
  quote: string;
  grade: string;
  allowedBy?: string;
}

/** One published value and the research's words for it. */
export interface NoteFact<Value = string> {
  value: Value;
  evidence: NoteEvidence[];
}

/** One line from research/lines-from-notes.yaml: each reader-visible field carries its evidence. */
export interface NoteLine {
  id: string;
  kind: string;
  region: string;
  topics: string[];
  formats: string[];
  led_by: string;
  approach: string | null;
  /** When the research recorded the facts (YYYY-MM-DD). */
  recorded: string;
  name: NoteFact;
  website?: NoteFact;
  phones?: { number: NoteFact; label: NoteFact; hours?: NoteFact }[];
  texts?: { how: NoteFact; label: NoteFact }[];
  serves?: NoteFact;
  languages?: NoteFact<string[]>;
  /** The research's words for what the reader summary says beyond the fields (eligibility, fees…). */
  about?: NoteEvidence[];
  sources: { url: string; file: string }[];
}

/** research/lines-from-notes.yaml: our reading of lines the research notes verify (research/README.md). */
export const linesFromNotesFilePath = new URL('../../research/lines-from-notes.yaml', import.meta.url);

/** Returns the lines in file order. */
export function readLinesFromNotes(): NoteLine[] {
  return parse(readFileSync(linesFromNotesFilePath, 'utf8')) as NoteLine[];
}
