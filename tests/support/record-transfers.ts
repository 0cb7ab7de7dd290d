import type { Page } from '@playwright/test';
import { gzipSize } from './gzip-size';

/** Pagefind's index, fragments, filters and WASM are stored gzip-compressed already; a host sends them as they are. */
const PRECOMPRESSED = /\.(pf_index|pf_fragment|pf_filter|pf_meta|pagefind)$/;

/** One same-origin response and the bytes a compressing host would send for it. */
export interface Transfer {
  path: string;
  bytes: number;
}

/**
 * Records every same-origin response a page receives from now on, with its gzip size (level 9,
 * as in the dist budgets). `take()` returns what arrived since the last call, so a test can
 * weigh each phase of a journey (page load, opening search, first query) on its own.
 */
export function recordTransfers(page: Page) {
  // A body that cannot be read settles as its error, so a response still arriving when the test
  // ends (after the last take()) is not an unhandled rejection that fails a passing test, while a
  // body that fails inside a measured phase still fails it, in take(): never a silent undercount.
  let pending: Promise<Transfer | Error>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.protocol === 'data:' || response.status() >= 300) return;
    pending.push(
      response.body().then(
        (body) => ({
          path: url.pathname,
          bytes: PRECOMPRESSED.test(url.pathname) ? body.length : gzipSize(body),
        }),
        (error: unknown) => new Error(`${url.pathname}: ${String(error)}`),
      ),
    );
  });
  return {
    /** The responses since the last call, and their total. */
    async take(): Promise<{ files: Transfer[]; total: number }> {
      const settled = await Promise.all(pending);
      pending = [];
      const failed = settled.filter((entry) => entry instanceof Error);
      if (failed.length > 0) throw new Error(`Could not weigh: ${failed.map(({ message }) => message).join('; ')}`);
      const files = settled.filter((entry): entry is Transfer => !(entry instanceof Error));
      return { files, total: files.reduce((sum, file) => sum + file.bytes, 0) };
    },
  };
}
