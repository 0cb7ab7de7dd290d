/**
 * The content security policy against what the build really renders. A browser enforces every
 * policy a page has: the <meta> one Astro's security.csp writes, and the header one the host
 * sends from dist/_headers. Each must allow, by hash, the exact text of every inline script
 * and style on the page; with no 'unsafe-inline', anything else would be blocked.
 */
import { describe, expect, test } from 'vitest';
import { parseHeaderRules } from '../../scripts/lib/parse-header-rules';
import { elementSources, parsePolicy, toHashSource, type Policy } from '../support/read-csp';
import { listPages, readDist, toUrlPath } from '../support/read-dist';
import { scanHtml, type ScannedElement } from '../support/scan-html';

const pages = listPages();
const headerRules = parseHeaderRules(readDist('_headers'));

/**
 * Data blocks (JSON-LD, the quiz's JSON) are never run, so CSP does not check them. Every other
 * inline script counts as code, even types a browser would skip: stricter, never looser.
 */
const DATA_BLOCKS = new Set(['application/json', 'application/ld+json']);

function isInlineScript(element: ScannedElement): element is ScannedElement & { text: string } {
  const type = (element.attributes.get('type') ?? '').trim().toLowerCase();
  return element.name === 'script' && !element.attributes.has('src') && !DATA_BLOCKS.has(type);
}

function isInlineStyle(element: ScannedElement): element is ScannedElement & { text: string } {
  return element.name === 'style';
}

interface NamedPolicy {
  source: string;
  policy: Policy;
}

/** The policies a browser enforces on a page: each <meta> one, and each header one its path matches. */
function readPolicies(file: string, elements: ScannedElement[]): { meta: NamedPolicy[]; header: NamedPolicy[] } {
  const meta = elements
    .filter((element) => element.name === 'meta')
    .filter((element) => element.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy')
    .map((element) => ({ source: '<meta>', policy: parsePolicy(element.attributes.get('content') ?? '') }));
  const header = headerRules
    .filter((rule) => rule.pattern.test(toUrlPath(file)))
    .flatMap((rule) => rule.headers)
    .filter(([name]) => name.toLowerCase() === 'content-security-policy')
    .map(([, value]) => ({ source: 'dist/_headers', policy: parsePolicy(value) }));
  return { meta, header };
}

/** The start of a piece of inline code, to name it in a failure message. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** Every inline script and style that a policy does not allow by hash, as readable sentences. */
function listBlocked(elements: ScannedElement[], policies: NamedPolicy[]): string[] {
  const blocked: string[] = [];
  for (const element of elements) {
    const kind = isInlineScript(element) ? 'script' : isInlineStyle(element) ? 'style' : undefined;
    if (!kind || element.text === undefined) continue;
    const hash = toHashSource(element.text);
    for (const { source, policy } of policies) {
      if (!elementSources(policy, kind)?.includes(hash)) {
        blocked.push(`inline <${kind}> ${quote(element.text)} (${hash}) is not allowed by ${source}`);
      }
    }
  }
  return blocked;
}

/** Attributes that run code or set styles inline: CSP blocks them without 'unsafe-inline' or 'unsafe-hashes'. */
function listInlineAttributes(elements: ScannedElement[]): string[] {
  return elements.flatMap((element) =>
    [...element.attributes]
      .filter(([name, value]) => name === 'style' || name.startsWith('on') || /^\s*javascript:/i.test(value))
      .map(([name, value]) => `<${element.name} ${name}=${quote(value)}>`),
  );
}

describe.each(pages)('%s', (file) => {
  const elements = scanHtml(readDist(file));
  const { meta, header } = readPolicies(file, elements);
  const scripts = elements.filter(isInlineScript);

  test("has a <meta> policy and a header policy; neither allows 'unsafe-inline' or 'unsafe-hashes'", () => {
    expect(meta).toHaveLength(1);
    expect(header.length).toBeGreaterThan(0);
    for (const { source, policy } of [...meta, ...header]) {
      const loose = [...policy].filter(([, sources]) =>
        sources.some((value) => value === "'unsafe-inline'" || value === "'unsafe-hashes'"),
      );
      expect(loose.map(([name]) => `${source}: ${name}`)).toEqual([]);
      // Without a script directive (or default-src) a policy would allow any script at all.
      expect(elementSources(policy, 'script'), source).toBeDefined();
      expect(elementSources(policy, 'style'), source).toBeDefined();
    }
    // The bundled scripts are files on our own origin.
    for (const { policy } of header) expect(elementSources(policy, 'script')).toContain("'self'");
  });

  test('has one inline script, the theme script, and both policies list the hash of its rendered text', () => {
    expect(scripts).toHaveLength(1);
    const hash = toHashSource(scripts[0]?.text ?? '');
    for (const { source, policy } of [...meta, ...header]) {
      expect(elementSources(policy, 'script'), `${source} should list ${hash}`).toContain(hash);
    }
  });

  test('every inline script and style it renders is allowed, by hash, by every policy the page has', () => {
    expect(listBlocked(elements, [...meta, ...header])).toEqual([]);
  });

  test('has no style attribute, event handler attribute or javascript: URL (no policy allows them)', () => {
    expect(listInlineAttributes(elements)).toEqual([]);
  });
});

test('dist/_headers lists exactly the hashes of the inline scripts and styles the pages render', () => {
  const rendered = { script: new Set<string>(), style: new Set<string>() };
  for (const file of pages) {
    for (const element of scanHtml(readDist(file))) {
      if (isInlineScript(element)) rendered.script.add(toHashSource(element.text));
      if (isInlineStyle(element)) rendered.style.add(toHashSource(element.text));
    }
  }
  // The theme script is the same on every page, so the site has one script hash.
  expect([...rendered.script], 'every page should render the same theme script').toHaveLength(1);
  const policies = headerRules
    .flatMap((rule) => rule.headers)
    .filter(([name]) => name.toLowerCase() === 'content-security-policy')
    .map(([, value]) => parsePolicy(value));
  expect(policies.length).toBeGreaterThan(0);
  for (const policy of policies) {
    for (const kind of ['script', 'style'] as const) {
      // A listed hash that no page renders is a stale one, left from an older script.
      const listed = (elementSources(policy, kind) ?? []).filter((value) => /^'sha(256|384|512)-/i.test(value));
      expect(listed.sort(), `${kind} hashes`).toEqual([...rendered[kind]].sort());
    }
  }
});
