import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every file under `dir` whose name ends with `extension`, as paths relative to `dir`, sorted so
 * that every caller sees the same order on every machine; none when `dir` does not exist. The one
 * folder walker the build, the scripts and the tests share.
 */
export function listFiles(dir: string, extension = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && entry.name.endsWith(extension))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}
