/** The I/O half of the bench's memory sampler: reads a /proc tree (Linux). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseParentPid, parseResidentKb } from './sum-descendants-kb.ts';

/** Each process's parent, read from `procDir` (/proc, or a fixture with the same layout). */
export function readParents(procDir = '/proc'): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync(procDir)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      parents.set(Number(name), parseParentPid(readFileSync(join(procDir, name, 'stat'), 'utf8')));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return parents;
}

/** One process's resident memory in KB; 0 if it has ended. */
export function readResidentKb(pid: number, procDir = '/proc'): number {
  try {
    return parseResidentKb(readFileSync(join(procDir, String(pid), 'status'), 'utf8'));
  } catch {
    return 0;
  }
}
