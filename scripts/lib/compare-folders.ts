import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A folder where material arrives, and the repository's reviewed copy of it. */
export interface FolderPair {
  /** Where new material arrives (under ../shared/). */
  arrived: string;
  /** The repository's copy, which the build and the tests read. */
  kept: string;
  /** Names at the top of `kept` that belong to the repository only (its own README, a nested copy). */
  keep: string[];
}

/** Every file under a folder, as paths relative to it, sorted. */
function listFiles(dir: string, skip: readonly string[] = []): string[] {
  if (!existsSync(dir)) return [];
  const walk = (current: string): string[] =>
    readdirSync(current, { withFileTypes: true }).flatMap((entry) => {
      const path = join(current, entry.name);
      if (current === dir && skip.includes(entry.name)) return [];
      return entry.isDirectory() ? walk(path) : [relative(dir, path)];
    });
  return walk(dir).sort();
}

/** Which files are new in `arrived`, which differ byte for byte, and which `arrived` no longer has. */
export function compareFolders({ arrived, kept, keep }: FolderPair): {
  added: string[];
  changed: string[];
  removed: string[];
} {
  const arrivedFiles = listFiles(arrived);
  const keptFiles = new Set(listFiles(kept, keep));
  const added = arrivedFiles.filter((path) => !keptFiles.has(path));
  const changed = arrivedFiles.filter(
    (path) => keptFiles.has(path) && !readFileSync(join(arrived, path)).equals(readFileSync(join(kept, path))),
  );
  const arrivedSet = new Set(arrivedFiles);
  const removed = [...keptFiles].filter((path) => !arrivedSet.has(path));
  return { added, changed, removed };
}
