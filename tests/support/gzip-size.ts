import { gzipSync } from 'node:zlib';

/** Gzip size in bytes at level 9, roughly what a static host or CDN sends. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}
