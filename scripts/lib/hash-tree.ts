import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/utils/list-files.ts';

/** Hashes every file under `root`: relative path → sha256. */
export function hashTree(root: string): Map<string, string> {
  return new Map(
    listFiles(root).map((path) => [
      path,
      createHash('sha256')
        .update(readFileSync(join(root, path)))
        .digest('hex'),
    ]),
  );
}

/** Lists the paths that differ between two hashed trees (added, removed or changed). */
export function diffTrees(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}
