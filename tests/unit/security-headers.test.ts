import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageLocals } from '../support/page-locals';
import SeoHead from '../../src/components/layout/SeoHead.astro';
import { renderHeadersFile } from '../../src/config/render-headers-file';
import { headerPolicy } from '../../src/config/security';
import { elementSources, parsePolicy, toHashSource } from '../support/read-csp';
import { scanHtml } from '../support/scan-html';

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
});

// The built pages are checked the same way in tests/dist/content-security-policy.test.ts; this
// says so before a build, from the component's own output rather than from the source file.
test('the header policy lists the hash of the theme script exactly as SeoHead renders it', async () => {
  const container = await AstroContainer.create({ astroConfig: { site: 'https://common-ground.example' } });
  const html = await container.renderToString(SeoHead, {
    locals: pageLocals(),
    props: { title: 'About', description: 'A description of the page long enough to pass the checks on it.' },
    request: new Request('https://common-ground.example/about/'),
  });
  const inline = scanHtml(html).filter((element) => element.name === 'script' && !element.attributes.has('type'));
  expect(inline).toHaveLength(1);
  expect(elementSources(parsePolicy(headerPolicy()), 'script')).toContain(toHashSource(inline[0]?.text ?? ''));
});
