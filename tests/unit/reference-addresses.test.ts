/**
 * A reference's web address is a reference detail like any other: it must be one the research
 * recorded, character for character, never one rebuilt from a title or guessed from a domain. (A
 * page the research saw only over plain http has no address here: the site links only to https.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const referencesDir = new URL('../../content/references/', import.meta.url);
const researchDir = new URL('../../research/', import.meta.url);
const research = readdirSync(researchDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => readFileSync(new URL(name, researchDir), 'utf8'))
  .join('\n');
const withAddress = readdirSync(referencesDir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    id: name.slice(0, -'.yaml'.length),
    data: parse(readFileSync(new URL(name, referencesDir), 'utf8')) as { url?: unknown },
  }))
  .flatMap(({ id, data }) => (typeof data.url === 'string' ? [{ id, url: data.url }] : []));

describe('reference web addresses', () => {
  test('the works read online carry their address', () => {
    // The pages issue 15's articles cite; a test that found none would prove nothing.
    expect(withAddress.length).toBeGreaterThanOrEqual(10);
  });
  for (const { id, url } of withAddress) {
    test(`${id}: ${url} is written in the research`, () => {
      expect(research.includes(url)).toBe(true);
    });
  }
});
