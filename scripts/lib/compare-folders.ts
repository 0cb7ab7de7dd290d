import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/utils/list-files.ts';

/** A folder where material arrives, and the repository's reviewed copy of it. */
export interface FolderPair {
  /** Where new material arrives (under ../shared/). */
  arrived: string;
  /** The repository's copy, which the build and the tests read. */
  kept: string;
  /** Names at the top of `kept` that belong to the repository only (its own README, a nested copy). */
  keep: string[];
}

/** Whether a relative path lies under one of the top-level names in `names`. */
function isUnder(path: string, names: readonly string[]): boolean {
  return names.some((name) => path === name || path.startsWith(`${name}/`));
}

/** Which files are new in `arrived`, which differ byte for byte, and which `arrived` no longer has. */
export function compareFolders({ arrived, kept, keep }: FolderPair): {
  added: string[];
  changed: string[];
  removed: string[];
} {
  const arrivedFiles = listFiles(arrived);
  const keptFiles = new Set(listFiles(kept).filter((path) => !isUnder(path, keep)));
  const added = arrivedFiles.filter((path) => !keptFiles.has(path));
  const changed = arrivedFiles.filter(
    (path) => keptFiles.has(path) && !readFileSync(join(arrived, path)).equals(readFileSync(join(kept, path))),
  );
  const arrivedSet = new Set(arrivedFiles);
  const removed = [...keptFiles].filter((path) => !arrivedSet.has(path));
  return { added, changed, removed };
}
