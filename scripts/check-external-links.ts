/**
 * `npm run check:external`: asks every external address linked from the built site whether it
 * still answers, then checks each resource live: its phone numbers and text lines must appear on
 * its live website or sources. Not part of `npm test` (CI has no internet); a maintainer runs it
 * before a release. Reads dist/, so run `npm run build` first. Exits 1 if anything fails.
 *
 * This is the only thing that sets a resource's `checkedLive` date: for each entry whose lines
 * were all found, it writes today's date into content/resources/<id>.yaml and records what it found
 * in research/live-checks.json, which the vetted-resources test holds every `checkedLive` to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../src/utils/list-files.ts';
import { checkResourcesLive } from './lib/check-resources-live.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
const TIMEOUT_MS = 15_000;

const urls = new Set<string>();
for (const file of listFiles(dist, '.html')) {
  for (const match of readFileSync(join(dist, file), 'utf8').matchAll(/<a\s[^>]*href="(https:[^"]+)"/g)) {
    const url = (match[1] ?? '').replace(/&amp;/g, '&');
    if (!url.startsWith(process.env['SITE_URL'] ?? 'https://common-ground.example')) urls.add(url);
  }
}

async function check(url: string): Promise<string | undefined> {
  try {
    let response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
    // Some servers refuse HEAD; ask again with GET before calling the link broken.
    if (response.status >= 400)
      response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
    return response.ok ? undefined : `${response.status} ${response.statusText}`;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

let failed = 0;
for (const url of [...urls].sort()) {
  const problem = await check(url);
  if (problem) failed += 1;
  console.log(`${problem ? 'FAIL' : 'ok  '} ${url}${problem ? ` (${problem})` : ''}`);
}
console.log(`links: ${urls.size - failed} passed, ${failed} failed`);
const live = await checkResourcesLive(TIMEOUT_MS);
console.log(`resources checked live: ${live.passed} passed, ${live.failed} failed`);
process.exitCode = failed === 0 && live.failed === 0 ? 0 : 1;
