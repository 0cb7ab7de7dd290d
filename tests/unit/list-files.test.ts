import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { listFiles } from '../../src/utils/list-files';

const root = mkdtempSync(join(tmpdir(), 'list-files-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test('lists files at every depth, relative and sorted, never folders; none for a missing folder', () => {
  mkdirSync(join(root, 'b/deeper'), { recursive: true });
  mkdirSync(join(root, 'empty.yaml'));
  for (const file of ['z.yaml', 'a.mdx', 'b/c.yaml', 'b/deeper/d.yaml']) writeFileSync(join(root, file), '');
  expect(listFiles(root)).toEqual(['a.mdx', 'b/c.yaml', 'b/deeper/d.yaml', 'z.yaml']);
  expect(listFiles(root, '.yaml')).toEqual(['b/c.yaml', 'b/deeper/d.yaml', 'z.yaml']);
  expect(listFiles(join(root, 'missing'))).toEqual([]);
});
