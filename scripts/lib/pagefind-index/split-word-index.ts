/** One word of Pagefind's word index, as the chunking sees it. */
export interface IndexedWord {
  /** The (stemmed) word, as Pagefind indexed it. */
  word: string;
  /** How many bytes the word's entry takes in a chunk, before compression. */
  bytes: number;
}

/** A chunk's bounds as Pagefind's metadata names them: the shortest prefixes that tell neighbours apart. */
export interface ChunkBounds {
  from: string;
  to: string;
}

/**
 * Splits the word index, in its sorted order, into chunks of about `targetBytes`. Unlike
 * Pagefind's own rule (a chunk ends after the word that takes it past its size), a word that
 * would take a chunk past the target starts the next chunk, so a word as common as "support"
 * is loaded alone instead of with its neighbours. A chunk never ends between a word and the
 * words that start with it ("support", "supporter"): Pagefind finds those longer words only in
 * the chunks it loads for the word typed.
 */
export function splitWordIndex<Word extends IndexedWord>(words: readonly Word[], targetBytes: number): Word[][] {
  const chunks: Word[][] = [];
  let chunk: Word[] = [];
  let size = 0;
  for (const entry of words) {
    const last = chunk.at(-1);
    const extendsLast = last !== undefined && entry.word.startsWith(last.word);
    if (chunk.length > 0 && size + entry.bytes > targetBytes && !extendsLast) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(entry);
    size += entry.bytes;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * Names each chunk's bounds the way Pagefind 1.6 does (`chunk_meta` and `get_prefixes` in
 * pagefind/src/index/mod.rs): between two chunks, the last word of the first and the first word
 * of the next are cut to one character past their common prefix. The browser picks the chunks
 * to load by comparing a search term with these bounds.
 */
export function nameChunkBounds(chunks: readonly (readonly IndexedWord[])[]): ChunkBounds[] {
  const bounds = chunks.map((chunk) => ({ from: chunk[0]?.word ?? '', to: chunk.at(-1)?.word ?? '' }));
  bounds.reduce<ChunkBounds | undefined>((before, after) => {
    if (before) [before.to, after.from] = cutToDifference(before.to, after.from);
    return after;
  }, undefined);
  return bounds;
}

function cutToDifference(a: string, b: string): [string, string] {
  const [aChars, bChars] = [Array.from(a), Array.from(b)];
  let common = 0;
  while (common < aChars.length && common < bChars.length && aChars[common] === bChars[common]) common += 1;
  return [aChars.slice(0, common + 1).join(''), bChars.slice(0, common + 1).join('')];
}
