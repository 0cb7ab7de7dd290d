/**
 * Islands hold no reader-facing words: a client script gets its strings from the markup the
 * server rendered (data-messages, see src/i18n/island-messages.ts), so a translation never has to
 * touch code. The pseudo-locale build cannot see text a script writes after load; this reads the
 * scripts themselves for string literals that read like words to a person.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../../src/utils/list-files';

/** Modules that run in the browser: the islands, their helpers and the inline theme script. */
const clientModules = [
  ...listFiles('src/components', '.ts')
    .filter((file) => file !== 'article/mdx-components.ts')
    .map((file) => join('src/components', file)),
  'src/i18n/format-message.ts',
  ...listFiles('src/scripts', '.js').map((file) => join('src/scripts', file)),
];

/** Two or more words with a space between, outside markup and selectors: words for a person. */
const READS_AS_WORDS = /(^|[\s(])[A-Za-z][a-z']+[,:]? [a-z][a-z']+/;
/** One capitalized word ("Next", "Close") is a button's label, unless it names a key. */
const ONE_WORD_LABEL = /^[A-Z][a-z]{2,}$/;
const KEY_NAMES = new Set([
  'Escape',
  'Enter',
  'Tab',
  'Home',
  'End',
  'Space',
  'Backspace',
  'Delete',
  'Control',
  'Meta',
  'Shift',
  'Alt',
]);
/** Selectors, attribute lists and other code in strings. */
const LOOKS_LIKE_CODE = /[[\]#=>{}]|^\.|^[a-z-]+( [a-z-]+)*$/;

/** A tag in a literal becomes the words a person reads in its attributes, each on its own line. */
function readTag(tag: string): string {
  const read = [...tag.matchAll(/(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((match) => match[1]);
  return `\n${read.join('\n')}\n`;
}

/**
 * String literals of a source (template literals across lines too), with the line each starts
 * on, leaving out those in errors and logs for developers. Markup in a literal is dropped but
 * for the attributes a person reads, so the words between tags and in labels are what is read.
 */
function readLiterals(source: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  const lines = source.split('\n');
  for (const match of source.matchAll(
    /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g,
  )) {
    if (match[0].startsWith('/')) continue;
    const line = source.slice(0, match.index).split('\n').length;
    if (/\bthrow\b|Error\(|console\./.test(lines[line - 1] ?? '')) continue;
    const text = (match[1] ?? match[2] ?? match[3] ?? '').replace(/\$\{[^}]*\}/g, 'x').replace(/<[^>]*>/g, readTag);
    for (const piece of text.split('\n')) if (piece.trim()) found.push({ line, text: piece.trim() });
  }
  return found;
}

describe('client scripts hold no reader-facing words', () => {
  test.each(clientModules)('%s', (file) => {
    const words = readLiterals(readFileSync(file, 'utf8'))
      .filter(
        ({ text }) =>
          (READS_AS_WORDS.test(text) && !LOOKS_LIKE_CODE.test(text)) ||
          (ONE_WORD_LABEL.test(text) && !KEY_NAMES.has(text)),
      )
      .map(({ line, text }) => `${file}:${line}: "${text}"`);
    expect(words).toEqual([]);
  });
});
