/**
 * The search index as built (issue 17): Pagefind's word index, cut again into smaller chunks
 * (scripts/lib/pagefind-index), still lets the browser find every word. For each word it
 * picks the chunks to load the way Pagefind's browser code does (request_indexes in
 * pagefind_web/src/lib.rs), and the chunk holding the word must be among them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { encodeCbor, type CborValue } from '../../scripts/lib/pagefind-index/cbor';
import { readIndexFile, SEARCH_CHUNK_BYTES } from '../../scripts/lib/pagefind-index/rechunk-search-index';
import { distDir, readDist } from '../support/read-dist';

interface ListedChunk {
  from: string;
  to: string;
  hash: string;
}

const pagefindDir = join(distDir, 'pagefind');
const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, { hash: string }> };
const languages = Object.entries(entry.languages).map(([language, { hash }]) => {
  const meta = readIndexFile(join(pagefindDir, `pagefind.${hash}.pf_meta`)) as CborValue[];
  const listed = (meta[2] as string[][]).map(([from = '', to = '', chunkHash = '']) => ({ from, to, hash: chunkHash }));
  const chunks = listed.map((chunk) => {
    const [words] = readIndexFile(join(pagefindDir, 'index', `${chunk.hash}.pf_index`)) as CborValue[][][];
    return (words ?? []).map((value) => ({ word: String(value[0]), bytes: encodeCbor(value).length }));
  });
  return { language, listed, chunks };
});

/** The first characters of a string, counted as Rust counts chars. */
const first = (text: string, count: number) => Array.from(text).slice(0, count).join('');

/** The chunks Pagefind's browser code loads for one term: those whose bounds hold it, else those that may. */
function requestChunks(term: string, listed: readonly ListedChunk[]): ListedChunk[] {
  const strict = listed.filter((chunk) => term >= chunk.from && term <= chunk.to);
  if (strict.length > 0) return strict;
  const length = Array.from(term).length;
  return listed.filter((chunk) => {
    const fromLength = Math.min(length, Array.from(chunk.from).length);
    const toLength = Math.min(length, Array.from(chunk.to).length);
    return first(term, fromLength) >= first(chunk.from, fromLength) && first(term, toLength) <= first(chunk.to, toLength);
  });
}

test.each(languages)('every $language word is in a chunk the browser loads for it, and it loads one more at most', ({ listed, chunks }) => {
  const requests = chunks.flatMap((chunk, index) =>
    chunk.map(({ word }) => ({ word, requested: requestChunks(word, listed), holder: listed[index] })),
  );
  expect(requests.length).toBeGreaterThan(1000);
  expect(requests.filter(({ requested, holder }) => !holder || !requested.includes(holder)).map(({ word }) => word)).toEqual([]);
  expect(requests.filter(({ requested }) => requested.length > 2).map(({ word }) => word)).toEqual([]);
});

test.each(languages)('the $language words are in order, each once, in the chunks listed', ({ listed, chunks }) => {
  const words = chunks.flat().map(({ word }) => word);
  const outOfOrder = words.filter((word, index) => index > 0 && Buffer.compare(Buffer.from(words[index - 1] ?? ''), Buffer.from(word)) >= 0);
  expect(outOfOrder).toEqual([]);
  const files = readdirSync(join(pagefindDir, 'index')).filter((file) => file.startsWith(`${listed[0]?.hash.split('_')[0]}_`));
  expect(files.sort()).toEqual(listed.map((chunk) => `${chunk.hash}.pf_index`).sort());
});

test.each(languages)('no $language chunk is over its size, except a word too big for one (and words extending it)', ({ chunks }) => {
  const oversized = chunks.filter((chunk) => {
    let size = 0;
    return chunk.some((entry, index) => {
      size += entry.bytes;
      if (size <= SEARCH_CHUNK_BYTES) return false;
      const extendsPrevious = entry.word.startsWith(chunk[index - 1]?.word ?? entry.word);
      return index > 0 && !extendsPrevious;
    });
  });
  expect(chunks.length).toBeGreaterThan(1);
  expect(oversized.map((chunk) => chunk.map(({ word }) => word).join(' '))).toEqual([]);
});
