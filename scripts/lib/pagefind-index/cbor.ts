/**
 * The slice of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers,
 * text strings and definite-length arrays, each in its shortest form, as the `minicbor` crate
 * writes them. Anything else is refused, so a Pagefind release that changes its format stops the
 * build instead of shipping an index the browser cannot read (see rechunk-search-index.ts).
 */
export type CborValue = number | string | CborValue[];

const UNSIGNED = 0;
const NEGATIVE = 1;
const TEXT = 3;
const ARRAY = 4;

/** Decodes one CBOR value that fills `bytes` exactly. */
export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const readArgument = (info: number): number => {
    if (info < 24) return info;
    const width = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (width === undefined) throw new Error(`CBOR: unsupported length code ${info} at byte ${at - 1}`);
    const value =
      width === 1
        ? view.getUint8(at)
        : width === 2
          ? view.getUint16(at)
          : width === 4
            ? view.getUint32(at)
            : Number(view.getBigUint64(at));
    at += width;
    return value;
  };
  const read = (): CborValue => {
    const initial = view.getUint8(at);
    at += 1;
    const major = initial >> 5;
    const argument = readArgument(initial & 31);
    if (major === UNSIGNED) return argument;
    if (major === NEGATIVE) return -1 - argument;
    if (major === TEXT) {
      const value = text.decode(bytes.subarray(at, at + argument));
      at += argument;
      return value;
    }
    if (major === ARRAY) return Array.from({ length: argument }, read);
    throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
  };
  const value = read();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes left after the value`);
  return value;
}

/** Encodes a value the way `minicbor` does: every length and integer in its shortest form. */
export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const encoder = new TextEncoder();
  const write = (item: CborValue) => {
    if (typeof item === 'string') {
      const bytes = encoder.encode(item);
      writeHead(out, TEXT, bytes.length);
      for (const byte of bytes) out.push(byte);
    } else if (Array.isArray(item)) {
      writeHead(out, ARRAY, item.length);
      item.forEach(write);
    } else if (Number.isSafeInteger(item)) {
      if (item >= 0) writeHead(out, UNSIGNED, item);
      else writeHead(out, NEGATIVE, -1 - item);
    } else {
      throw new Error(`CBOR: cannot encode ${String(item)}`);
    }
  };
  write(value);
  return Uint8Array.from(out);
}

/** An array of already encoded items: what encodeCbor would write for the array of their values. */
export function encodeCborArray(items: readonly Uint8Array[]): Uint8Array {
  const head: number[] = [];
  writeHead(head, ARRAY, items.length);
  const out = new Uint8Array(head.length + items.reduce((sum, item) => sum + item.length, 0));
  out.set(head);
  let at = head.length;
  for (const item of items) {
    out.set(item, at);
    at += item.length;
  }
  return out;
}

/** A major type and its argument (a number, or a length), in the shortest form. */
function writeHead(out: number[], major: number, argument: number) {
  const type = major << 5;
  if (argument < 24) out.push(type | argument);
  else if (argument < 2 ** 8) out.push(type | 24, argument);
  else if (argument < 2 ** 16) out.push(type | 25, argument >> 8, argument & 255);
  else if (argument < 2 ** 32) out.push(type | 26, ...bigEndian(argument, 4));
  else out.push(type | 27, ...bigEndian(argument, 8));
}

function bigEndian(value: number, width: number): number[] {
  return Array.from({ length: width }, (_, index) => Number((BigInt(value) >> BigInt(8 * (width - 1 - index))) & 255n));
}
