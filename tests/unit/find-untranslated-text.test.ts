/** The pseudo-locale check's reading of a page (scripts/lib/find-untranslated-text.ts). */
import { describe, expect, test } from 'vitest';
import {
  findPlainPieces,
  listIntlWords,
  normalizeText,
  readPageText,
  stripNonWords,
} from '../../scripts/lib/find-untranslated-text';
import { pseudoLocalize } from '../../src/i18n/pseudo-localize';

describe('readPageText', () => {
  test('reads text, read attributes, meta descriptions and island messages', () => {
    const html = `<!doctype html><html lang="en-XA"><head><title>T</title><meta name="description" content="About us"></head>
      <body><img alt="A cat"><button aria-label="Close">x</button><div data-messages='{"a.b":"Hello there"}'></div>
      <template><p>In a template</p></template></body></html>`;
    const texts = readPageText(html).texts.map((entry) => `${entry.where}: ${entry.text}`);
    expect(readPageText(html).lang).toBe('en-XA');
    expect(texts).toEqual(
      expect.arrayContaining([
        'meta[description]: About us',
        'img[alt]: A cat',
        'button[aria-label]: Close',
        'data-messages a.b: Hello there',
        'text: In a template',
      ]),
    );
  });

  test('skips scripts, code, other languages and translate="no"', () => {
    const html = `<html lang="en"><body><script>var a = "Hello world";</script><code>npm test</code>
      <p lang="cy">Llinell gymorth</p><span translate="no">Brand Name</span><p>Kept</p></body></html>`;
    expect(readPageText(html).texts.map((entry) => entry.text.trim())).toEqual(['Kept']);
  });
});

describe('findPlainPieces', () => {
  test('finds nothing in a catalogue message, and the filled-in values one by one', () => {
    const message = pseudoLocalize('Recorded on {{date}} from {{source}}.')
      .replace('{{date}}', '27 November 2026')
      .replace('{{source}}', 'the Samaritans website');
    expect(findPlainPieces(pseudoLocalize('Search the site'))).toEqual([]);
    expect(findPlainPieces(message)).toEqual(['27 November 2026', 'the Samaritans website']);
  });

  test('finds English written outside the catalogue, beside catalogue words', () => {
    expect(findPlainPieces(`${pseudoLocalize('Menu')} Back to top`)).toEqual(['Back to top']);
  });
});

describe('stripNonWords and normalizeText', () => {
  test('addresses, paths, numbers and Intl month names are not words to translate', () => {
    const words = listIntlWords('en');
    expect(stripNonWords('27 November 2026', words)).not.toMatch(/[A-Za-z]{2,}/);
    expect(stripNonWords('help@example.org https://example.org/a /resources.json', words)).not.toMatch(/[A-Za-z]{2,}/);
    expect(stripNonWords('Call us', words)).toMatch(/Call/);
  });

  test('typographic quotes, dashes and spaces read as the source writes them', () => {
    expect(normalizeText('It’s “fine” — really\u00a0now')).toBe(`it's "fine" - really now`);
  });
});
