/**
 * The directory's filter logic: parsing links, matching, and every combination of one value per
 * facet, over the entries exactly as the page renders them and the element reads them.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { pageLocals } from '../support/page-locals';
import { parse } from 'yaml';
import DirectoryEntry from '../../src/components/directory/DirectoryEntry.astro';
import ResourceFilters from '../../src/components/directory/ResourceFilters.astro';
import en from '../../src/translations/en';
import { collections } from '../../src/content.config';
import {
  facetLabelKey,
  facetNames,
  facets,
  facetVocabularies as vocabularies,
  type Facet,
} from '../../src/resources/facets';
import { readFilterable } from '../../src/resources/read-filterable';
import {
  emptyFilters,
  matchesFilters,
  parseFilters,
  serializeFilters,
  type Filterable,
} from '../../src/resources/resource-filters';
import { toElementSource } from '../support/to-element-source';

/** Every resource in content/resources, parsed by the collection's own schema (defaults and all). */
const dir = new URL('../../content/resources/', import.meta.url);
const schema = collections.resources.schema;
if (!schema || typeof schema === 'function') throw new Error('the resources collection should have a plain schema');
const resources = readdirSync(dir).map((name) => ({
  id: name.replace(/\.yaml$/, ''),
  data: schema.parse(parse(readFileSync(new URL(name, dir), 'utf8'))),
}));

/**
 * The directory's entries as <resource-filters> reads them in the browser: the real
 * DirectoryEntry component rendered for each resource, read by the element's own readFilterable.
 */
const container = await AstroContainer.create();
const rendered = await Promise.all(
  resources.map(async ({ id, data }) => {
    const html = await container.renderToString(DirectoryEntry, {
      locals: pageLocals(),
      props: { entry: { id, collection: 'resources', data } },
    });
    return { id, data, entry: readFilterable(toElementSource(html)) };
  }),
);
const entries: Filterable[] = rendered.map(({ entry }) => entry);

describe('the facets, defined once', () => {
  test('have distinct names, none of them the text search\'s "q" or the entry\'s "text"', () => {
    expect(new Set(facetNames).size).toBe(facetNames.length);
    for (const name of facetNames) expect(['q', 'text']).not.toContain(name);
  });
  test('the form has one labelled group per facet, with a labelled checkbox per value, in order', async () => {
    const html = await container.renderToString(ResourceFilters, { locals: pageLocals(), props: { total: 1 } });
    const legends = [...html.matchAll(/<summary>([^<]*)<\/summary>/g)].map(([, legend]) => legend);
    expect(legends).toEqual(facets.map((facet) => en[facet.legend]));
    for (const facet of facets) {
      const boxes = [...html.matchAll(new RegExp(`name="${facet.name}" value="([^"]+)" id="([^"]+)"`, 'g'))];
      expect(boxes.map(([, value]) => value)).toEqual([...facet.vocabulary]);
      let index = 0;
      for (const value of facet.vocabulary) {
        const label = en[facetLabelKey(facet, value)].replace(/&/g, '&amp;').replace(/'/g, '&#39;');
        expect(html).toContain(`<label for="${boxes[index]?.[2] ?? ''}">${label}</label>`);
        index += 1;
      }
    }
    const json = /<script type="application\/json" data-vocabularies>(.*?)<\/script>/s.exec(html)?.[1];
    expect(JSON.parse(json ?? 'null')).toEqual(vocabularies);
  });
});

describe('what the filters read from each rendered entry', () => {
  test("every facet's values reach the browser as the definition reads them from the entry's data", () => {
    expect(rendered.length).toBeGreaterThan(40);
    for (const { id, data, entry } of rendered) {
      for (const facet of facets) {
        expect(entry[facet.name], `${id}: ${facet.name}`).toEqual(facet.values(data));
        for (const value of entry[facet.name])
          expect(vocabularies[facet.name], `${id}: ${facet.name}`).toContain(value);
      }
    }
  });
  test('"both" also counts as each of the two it covers', () => {
    const both = rendered.filter(({ data }) => data.serves === 'both');
    expect(both.length).toBeGreaterThan(0);
    for (const { entry } of both) expect(entry.serves).toEqual(['self', 'family-friends', 'both']);
  });
  test('the text search finds an entry by any words a reader sees on it: name, kind, region, languages, summary', () => {
    for (const { id, data, entry } of rendered) {
      const seen = [
        data.name,
        en[`resourceKind.${data.kind}`],
        en[`region.${data.region}`],
        ...data.languages,
        data.summary,
      ];
      for (const words of seen) {
        const filters = emptyFilters();
        filters.text = words;
        expect(matchesFilters(entry, filters), `${id}: "${words}"`).toBe(true);
      }
    }
  });
  test("words shown only on the entry's detail line count too, not just the name and summary", () => {
    // A search for "Crisis line" or "United Kingdom" finds entries whose name and summary never say so.
    const byDetailsOnly = rendered.filter(({ data }) =>
      [en[`resourceKind.${data.kind}`], en[`region.${data.region}`]].some(
        (label) => !`${data.name} ${data.summary}`.toLowerCase().includes(label.toLowerCase()),
      ),
    );
    expect(byDetailsOnly.length).toBeGreaterThan(0);
    for (const { id, data, entry } of byDetailsOnly) {
      const filters = emptyFilters();
      filters.text = `${en[`resourceKind.${data.kind}`]} ${en[`region.${data.region}`]}`;
      expect(matchesFilters(entry, filters), id).toBe(true);
    }
  });
  test('a word on no entry finds nothing', () => {
    const filters = emptyFilters();
    filters.text = 'zebra-crossing';
    expect(entries.filter((entry) => matchesFilters(entry, filters))).toEqual([]);
  });
});

function only(facet: Facet, value: string) {
  const filters = emptyFilters();
  filters.facets[facet] = [value];
  return filters;
}

describe('parseFilters', () => {
  test('reads several facets and several values, and the text', () => {
    const { filters, ignored } = parseFilters('?topic=grief&topic=family&format=online&q=%20Peer%20', vocabularies);
    expect(filters.facets.topic).toEqual(['grief', 'family']);
    expect(filters.facets.format).toEqual(['online']);
    expect(filters.text).toBe('Peer');
    expect(ignored).toEqual([]);
  });
  test('ignores unknown facets and values and says which', () => {
    const { filters, ignored } = parseFilters('?topic=griefs&colour=blue&format=online', vocabularies);
    expect(filters.facets.topic).toEqual([]);
    expect(filters.facets.format).toEqual(['online']);
    expect(ignored).toEqual(['topic=griefs', 'colour=blue']);
  });
  test('never throws on odd input', () => {
    for (const search of ['', '?', '?%E0%A4', '?topic', '?=&=&', `?q=${'x'.repeat(5000)}`]) {
      expect(() => parseFilters(search, vocabularies)).not.toThrow();
    }
  });
});

describe('serializeFilters', () => {
  test('round-trips through parseFilters in a stable order', () => {
    const { filters } = parseFilters('?format=online&topic=grief&q=peer', vocabularies);
    const query = serializeFilters(filters);
    expect(query).toBe('?topic=grief&format=online&q=peer');
    expect(parseFilters(query, vocabularies).filters).toEqual(filters);
    expect(serializeFilters(emptyFilters())).toBe('');
  });
});

describe('matchesFilters', () => {
  test('no filters match everything', () => {
    expect(entries.every((entry) => matchesFilters(entry, emptyFilters()))).toBe(true);
  });
  test('values within a facet widen; text words must all appear', () => {
    const grief = entries.filter((entry) => matchesFilters(entry, only('topic', 'grief'))).length;
    const family = entries.filter((entry) => matchesFilters(entry, only('topic', 'family'))).length;
    const either = emptyFilters();
    either.facets.topic = ['grief', 'family'];
    expect(entries.filter((entry) => matchesFilters(entry, either)).length).toBeGreaterThanOrEqual(
      Math.max(grief, family),
    );
    const text = emptyFilters();
    text.text = 'Bereavement SUPPORT';
    const found = entries.filter((entry) => matchesFilters(entry, text));
    // Some entries match, so `every` below is not true of an empty list; and each has both words.
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(entries.length);
    expect(found.every((entry) => entry.text.includes('bereavement') && entry.text.includes('support'))).toBe(true);
  });
  test('"both" counts as serving family and friends', () => {
    const familyFriends = entries.filter((entry) => matchesFilters(entry, only('serves', 'family-friends')));
    expect(familyFriends.some((entry) => entry.serves.includes('both'))).toBe(true);
  });
});

test('every combination of one value per facet gives exactly the entries that pass each facet alone', () => {
  const passing = Object.fromEntries(
    facetNames.map((facet) => [
      facet,
      Object.fromEntries(
        vocabularies[facet].map((value) => [
          value,
          new Set(entries.filter((entry) => matchesFilters(entry, only(facet, value)))),
        ]),
      ),
    ]),
  ) as Record<Facet, Record<string, Set<Filterable>>>;
  let combinations = 0;
  let nonEmpty = 0;
  const walk = (index: number, chosen: Partial<Record<Facet, string>>) => {
    const facet = facetNames[index];
    if (!facet) {
      combinations += 1;
      const filters = emptyFilters();
      for (const name of facetNames) filters.facets[name] = [chosen[name] ?? ''];
      const result = entries.filter((entry) => matchesFilters(entry, filters));
      const expected = entries.filter((entry) =>
        facetNames.every((name) => passing[name][chosen[name] ?? '']?.has(entry)),
      );
      if (result.length !== expected.length || result.some((entry, i) => entry !== expected[i])) {
        throw new Error(`Mismatch for ${JSON.stringify(chosen)}`);
      }
      if (result.length > 0) nonEmpty += 1;
      return;
    }
    for (const value of vocabularies[facet]) walk(index + 1, { ...chosen, [facet]: value });
  };
  walk(0, {});
  expect(combinations).toBe(facetNames.reduce((product, facet) => product * vocabularies[facet].length, 1));
  expect(nonEmpty).toBeGreaterThan(0);
});
