import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderHeadersFile } from '../../src/config/render-headers-file';
import { headerPolicy, themeInitHash } from '../../src/config/security';

const headersFile = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

describe('public/_headers', () => {
  test('is up to date with src/config/security.ts (run `node scripts/write-headers.ts` if not)', () => {
    expect(headersFile).toBe(renderHeadersFile());
  });
  test('sends the policy and the headers issue #2 asks for', () => {
    for (const header of [
      'Content-Security-Policy:',
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: no-referrer',
      'Permissions-Policy:',
    ]) {
      expect(headersFile).toContain(header);
    }
    expect(headerPolicy()).toContain("frame-ancestors 'none'");
  });
  test("allows no 'unsafe-inline' script or style, and nothing from other origins", () => {
    expect(headerPolicy()).not.toContain('unsafe-inline');
    expect(headerPolicy()).not.toMatch(/https?:/);
  });
  test('hashes exactly the theme script that the head renders', () => {
    const script = readFileSync(new URL('../../src/scripts/theme-init.js', import.meta.url), 'utf8').trim();
    expect(themeInitHash).toBe(`sha256-${createHash('sha256').update(script).digest('base64')}`);
  });
});
