/**
 * Cutting Pagefind's word index into smaller chunks (scripts/lib/pagefind-index): the CBOR codec
 * writes exactly what Pagefind's encoder writes, the chunks are cut where the browser can still
 * find every word, and their bounds are named as Pagefind names them. The built index is checked
 * in tests/dist/search-index-chunks.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { decodeCbor, encodeCbor, encodeCborArray, type CborValue } from '../../scripts/lib/pagefind-index/cbor';
import { rechunkSearchIndex } from '../../scripts/lib/pagefind-index/rechunk-search-index';
import { nameChunkBounds, splitWordIndex } from '../../scripts/lib/pagefind-index/split-word-index';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('CBOR as Pagefind writes it', () => {
  test.each([
    [0, bytes(0x00)],
    [23, bytes(0x17)],
    [24, bytes(0x18, 0x18)],
    [1300, bytes(0x19, 0x05, 0x14)],
    [70_000, bytes(0x1a, 0x00, 0x01, 0x11, 0x70)],
    [-25, bytes(0x38, 0x18)],
    ['peer', bytes(0x64, 0x70, 0x65, 0x65, 0x72)],
    [[], bytes(0x80)],
    [[1, ['a']], bytes(0x82, 0x01, 0x81, 0x61, 0x61)],
  ])('%j is written in its shortest form and read back', (value, encoded) => {
    expect(encodeCbor(value)).toEqual(encoded);
    expect(decodeCbor(encoded)).toEqual(value);
  });

  test('text is UTF-8, counted in bytes', () => {
    expect(decodeCbor(encodeCbor(['participant”', 'ñ']))).toEqual(['participant”', 'ñ']);
    expect(encodeCbor('ñ')).toEqual(bytes(0x62, 0xc3, 0xb1));
  });

  test('an array of encoded items is the encoding of the array', () => {
    const items: CborValue[] = [
      ['peer', [[0, [-25, 3]]]],
      ['support', []],
    ];
    expect(encodeCborArray(items.map((item) => encodeCbor(item)))).toEqual(encodeCbor(items));
  });

  test('what Pagefind does not write is refused, not guessed', () => {
    expect(() => decodeCbor(bytes(0xa0))).toThrow(/major type 5/); // a map
    expect(() => decodeCbor(bytes(0xfb, 0, 0, 0, 0, 0, 0, 0, 0))).toThrow(/length code 27|major type 7/); // a float
    expect(() => decodeCbor(bytes(0x01, 0x02))).toThrow(/1 bytes left/);
    expect(() => encodeCbor(1.5)).toThrow(/cannot encode/);
  });
});

const word = (text: string, size: number) => ({ word: text, bytes: size });
const words = (chunks: { word: string }[][]) => chunks.map((chunk) => chunk.map((entry) => entry.word));

describe('splitWordIndex', () => {
  test('fills chunks up to the target, in order', () => {
    const index = ['a', 'b', 'c', 'd', 'e'].map((text) => word(text, 4));
    expect(words(splitWordIndex(index, 8))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  test('a word bigger than the target gets a chunk of its own, not its neighbours', () => {
    const index = [word('partner', 2), word('peer', 30), word('peopl', 40), word('perhap', 2)];
    expect(words(splitWordIndex(index, 8))).toEqual([['partner'], ['peer'], ['peopl'], ['perhap']]);
  });

  test('a word and the longer words that start with it stay in one chunk', () => {
    const index = [word('suppli', 4), word('support', 30), word('supportgroup', 4), word('sure', 4)];
    expect(words(splitWordIndex(index, 8))).toEqual([['suppli'], ['support', 'supportgroup'], ['sure']]);
  });
});

describe('nameChunkBounds', () => {
  // Pagefind's own test of chunk_meta (pagefind/src/index/mod.rs), on the same words.
  test('names bounds as Pagefind does', () => {
    const chunks = [[word('apple', 1)], [word('apricot', 1), word('banana', 1)], [word('peach', 1)]];
    expect(nameChunkBounds(chunks)).toEqual([
      { from: 'apple', to: 'app' },
      { from: 'apr', to: 'b' },
      { from: 'p', to: 'peach' },
    ]);
  });

  test('a word followed by a longer word that starts with it keeps its whole self as the bound', () => {
    const chunks = [[word('cath', 1)], [word('cathartic', 1)]];
    expect(nameChunkBounds(chunks)).toEqual([
      { from: 'cath', to: 'cath' },
      { from: 'catha', to: 'cathartic' },
    ]);
  });
});

describe('rechunkSearchIndex', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rechunk-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  test('refuses an index from a Pagefind version it was not written for', () => {
    writeFileSync(join(folder, 'pagefind-entry.json'), JSON.stringify({ version: '1.7.0', languages: {} }));
    expect(() => rechunkSearchIndex(folder, 16_000)).toThrow(/Pagefind 1\.7\.0 wrote this index/);
  });
});
