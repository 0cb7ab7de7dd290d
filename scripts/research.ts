/**
 * `npm run research` shows how the repository's reviewed copy of the research differs from what
 * has arrived in ../shared/ (new research lands there); `npm run research -- --take` copies the
 * arrivals in, after you have read them. Taking research in is a reviewed step on purpose: the
 * build and the tests read only the repository's copy, so a clone with nothing beside it works,
 * and a new fact reaches the site only when someone has read it and committed it.
 *
 * Exits 0 when the copies agree (or there is no ../shared to compare with), 1 when they differ.
 */
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { compareFolders, type FolderPair } from './lib/compare-folders.ts';
import { runCommand } from './lib/run-command.ts';
import { summarizeVettedChanges } from './lib/summarize-vetted-changes.ts';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const take = process.argv.includes('--take');

/** Where each kind of material arrives, and where the repository keeps its reviewed copy. */
const PAIRS: FolderPair[] = [
  {
    arrived: join(shared, 'research'),
    kept: join(root, 'research'),
    keep: ['README.md', 'seed', 'withheld.yaml', 'lines-from-notes.yaml', 'live-checks.json'],
  },
  { arrived: join(shared, 'seed'), kept: join(root, 'research/seed'), keep: [] },
  { arrived: join(shared, 'standards'), kept: join(root, 'standards'), keep: [] },
];

if (!existsSync(shared)) {
  console.log(`No ${shared} here: nothing to compare with. The repository's own copy is what the site uses.`);
  process.exit(0);
}

let differences = 0;
for (const pair of PAIRS) {
  const { added, changed, removed } = compareFolders(pair);
  differences += added.length + changed.length + removed.length;
  for (const path of added) console.log(`new      ${join(pair.arrived, path)}`);
  for (const path of removed) console.log(`gone     ${join(pair.kept, path)} (no longer in ${pair.arrived})`);
  for (const path of changed) {
    console.log(`changed  ${join(pair.kept, path)}`);
    if (path.endsWith('resources-vetted.yaml')) {
      const before = parse(readFileSync(join(pair.kept, path), 'utf8')) as unknown;
      const after = parse(readFileSync(join(pair.arrived, path), 'utf8')) as unknown;
      for (const line of summarizeVettedChanges(before, after)) console.log(`         ${line}`);
    }
    if (!take) {
      // git prints the clearest line-by-line diff, and every contributor has it.
      await runCommand('git', [
        '--no-pager',
        'diff',
        '--no-index',
        '--stat',
        join(pair.kept, path),
        join(pair.arrived, path),
      ]);
    }
  }
  if (take) {
    for (const path of [...added, ...changed]) {
      mkdirSync(dirname(join(pair.kept, path)), { recursive: true });
      cpSync(join(pair.arrived, path), join(pair.kept, path));
    }
  }
}

if (differences === 0) {
  console.log('The repository’s research matches ../shared/.');
} else if (take) {
  console.log(
    `\nTook in ${differences} difference(s). Files gone from ../shared/ were kept: remove them by hand if they should go.` +
      '\nNext: `node scripts/import-resources.ts` for new resources, then `npm test`, which names every published fact' +
      ' the new copy no longer supports.',
  );
} else {
  console.log(
    `\n${differences} difference(s). Read them (git diff --no-index research ../shared/research), then run` +
      ' `npm run research -- --take`.',
  );
  process.exitCode = 1;
}
