import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, encodeCborArray, type CborValue } from './cbor.ts';
import { nameChunkBounds, splitWordIndex } from './split-word-index.ts';

/** Pagefind's mark at the start of every decompressed index file (pagefind.js checks it). */
const SIGNATURE = 'pagefind_dcd';
/** The only Pagefind version whose index layout this was written for and tested against. */
const PAGEFIND_VERSION = '1.6.0';

/**
 * The size of a word-index chunk, in bytes before compression (about 9 KB compressed). A query
 * downloads the chunk holding each of its words; Pagefind's own chunks hold 20,000 word
 * positions, 42-44 KB compressed at 1,000 articles. Measured on the 1,000-article bench, "peer
 * support" then cost 86 KB of index; cut at 16 KB it cost 32 KB, and the metadata that lists
 * the chunks grew from 9.0 to 11.7 KB (12 KB chunks: 12.8 KB of metadata for 1-4 KB less per
 * uncommon word). See rechunkSearchIndex.
 */
export const SEARCH_CHUNK_BYTES = 16_000;

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string; page_count: number }>;
}

/** A Pagefind index file's value: gzip, Pagefind's signature, then CBOR. */
export function readIndexFile(path: string): CborValue {
  const bytes = gunzipSync(readFileSync(path));
  if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE)
    throw new Error(`${path}: not a Pagefind index file`);
  return decodeCbor(bytes.subarray(SIGNATURE.length));
}

function toIndexFile(bytes: Uint8Array): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), bytes]), { level: 9 });
}

function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What rechunking did to one language's index. */
export interface RechunkReport {
  language: string;
  chunksBefore: number;
  chunksAfter: number;
}

/**
 * Cuts each language's word index in `pagefindDir` into chunks of about `targetBytes` (before
 * compression) and rewrites the metadata that lists them.
 *
 * Why: a query downloads the whole chunk that holds each of its words. Pagefind 1.6 closes a
 * chunk only once it holds 20,000 word positions, a size fixed in its indexer ("TODO:
 * Parameterize these chunk sizes", pagefind/src/index/mod.rs), so on a 1,000-article site the
 * chunk with "peer" also held "people" and weighed 44 KB, and "peer support" cost 86 KB of index
 * alone, past the 150 KB budget for a first query (issue 17). Only the grouping changes: every
 * word's entry is copied as Pagefind wrote it, the bounds are named Pagefind's way, and the
 * search code in the browser is Pagefind's own.
 *
 * Anything unexpected (another Pagefind version, a file that does not decode, words out of
 * order) throws, so the build fails instead of shipping an index the browser cannot read.
 */
export function rechunkSearchIndex(pagefindDir: string, targetBytes: number): RechunkReport[] {
  const entryPath = join(pagefindDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as Entry;
  if (entry.version !== PAGEFIND_VERSION) {
    throw new Error(
      `Pagefind ${entry.version} wrote this index; rechunk-search-index.ts knows ${PAGEFIND_VERSION}. Check its index layout, then update PAGEFIND_VERSION.`,
    );
  }
  const reports = Object.entries(entry.languages).map(([language, details]) => {
    const metaPath = join(pagefindDir, `pagefind.${details.hash}.pf_meta`);
    const meta = readIndexFile(metaPath);
    if (!Array.isArray(meta) || meta[0] !== PAGEFIND_VERSION || !Array.isArray(meta[2])) {
      throw new Error(`${metaPath}: not the metadata layout of Pagefind ${PAGEFIND_VERSION}`);
    }
    const oldChunks = meta[2] as CborValue[][];
    const words = oldChunks.flatMap(([, , hash]) => {
      const chunk = readIndexFile(join(pagefindDir, 'index', `${String(hash)}.pf_index`));
      if (!Array.isArray(chunk) || chunk.length !== 1 || !Array.isArray(chunk[0])) {
        throw new Error(`index/${String(hash)}.pf_index: not a word index chunk`);
      }
      return (chunk[0] as CborValue[][]).map((value) => {
        const encoded = encodeCbor(value);
        return { word: String(value[0]), bytes: encoded.length, encoded };
      });
    });
    words.reduce((previous, { word }) => {
      if (Buffer.compare(Buffer.from(previous), Buffer.from(word)) >= 0) {
        throw new Error(`Pagefind's words are not in order at “${word}”`);
      }
      return word;
    }, '');
    const chunks = splitWordIndex(words, targetBytes);
    const bounds = nameChunkBounds(chunks);
    const written = new Set<string>();
    const listed = chunks.map((chunk, index) => {
      const { from, to } = bounds[index] ?? { from: '', to: '' };
      // The chunk is what Pagefind writes: an array holding the array of its words.
      const bytes = encodeCborArray([encodeCborArray(chunk.map((word) => word.encoded))]);
      const fullHash = hashOf(bytes);
      let length = 7;
      while (written.has(`${language}_${fullHash.slice(0, length)}`)) length += 1;
      const hash = `${language}_${fullHash.slice(0, length)}`;
      written.add(hash);
      writeFileSync(join(pagefindDir, 'index', `${hash}.pf_index`), toIndexFile(bytes));
      return [from, to, hash];
    });
    for (const [, , hash] of oldChunks) {
      if (!written.has(String(hash))) rmSync(join(pagefindDir, 'index', `${String(hash)}.pf_index`));
    }
    const newMeta = meta.map((value, index) => (index === 2 ? listed : value));
    const metaBytes = encodeCbor(newMeta);
    const metaHash = `${language}_${hashOf(metaBytes).slice(0, 10)}`;
    rmSync(metaPath);
    writeFileSync(join(pagefindDir, `pagefind.${metaHash}.pf_meta`), toIndexFile(metaBytes));
    details.hash = metaHash;
    return { language, chunksBefore: oldChunks.length, chunksAfter: listed.length };
  });
  writeFileSync(entryPath, JSON.stringify(entry));
  return reports;
}
