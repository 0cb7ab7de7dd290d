import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { findUnconfirmedLines } from './find-unconfirmed-lines.ts';
import { writeResourceFile, type ResourceFile } from './write-resource-file.ts';

/** What one live check found, kept so that every `checkedLive` date can be traced to a run. */
export interface LiveCheck {
  /** The day of the check (YYYY-MM-DD, UTC). */
  date: string;
  /** The phone numbers and text lines found, exactly as the entry publishes them. */
  found: string[];
  /** The pages that answered. */
  pages: string[];
}

const resourcesDir = new URL('../../content/resources/', import.meta.url);
export const liveChecksPath = new URL('../../research/live-checks.json', import.meta.url);

/** The phone numbers and text lines an entry publishes, the things a live check must find. */
export function listCheckedLines(data: Pick<ResourceFile, 'phones' | 'texts'>): string[] {
  return [...data.phones.map((phone) => phone.number), ...data.texts.map((line) => line.how)];
}

/** Reads research/live-checks.json (an empty record before the first live check). */
export function readLiveChecks(): Record<string, LiveCheck> {
  return existsSync(liveChecksPath)
    ? (JSON.parse(readFileSync(liveChecksPath, 'utf8')) as Record<string, LiveCheck>)
    : {};
}

/** A page's text without its markup, or undefined when it does not answer. */
async function fetchText(url: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    return response.ok ? (await response.text()).replace(/<[^>]+>/g, ' ') : undefined;
  } catch {
    return undefined;
  }
}

/** Checks every resource's lines against its live pages and records the ones that were all found. */
export async function checkResourcesLive(timeoutMs: number): Promise<{ passed: number; failed: number }> {
  const today = new Date().toISOString().slice(0, 10);
  const checks = readLiveChecks();
  let passed = 0;
  let failed = 0;
  for (const name of readdirSync(resourcesDir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()) {
    const file = new URL(name, resourcesDir);
    const data = parse(readFileSync(file, 'utf8')) as ResourceFile;
    const lines = listCheckedLines(data);
    const pages = [...new Set([data.website, ...data.sources].filter((page) => page !== undefined))];
    const texts = await Promise.all(pages.map((page) => fetchText(page, timeoutMs)));
    const answered = pages.filter((_, index) => texts[index] !== undefined);
    const missing = findUnconfirmedLines(
      lines,
      texts.filter((text) => text !== undefined),
    );
    const ok = answered.length > 0 && missing.length === 0;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${name}${ok ? '' : `: not found live: ${missing.join('; ') || 'no page answered'}`}`,
    );
    if (!ok) {
      failed += 1;
      continue;
    }
    passed += 1;
    checks[name.slice(0, -'.yaml'.length)] = { date: today, found: lines, pages: answered };
    writeResourceFile(file, { ...data, checkedLive: today });
  }
  writeFileSync(liveChecksPath, `${JSON.stringify(checks, null, 2)}\n`);
  return { passed, failed };
}
