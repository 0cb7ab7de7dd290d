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
import { countActiveFilters } from '../../src/resources/count-active-filters';
import { countFacetOptions } from '../../src/resources/count-facet-options';
import { countWidened } from '../../src/resources/count-widened';
import { describeFilters } from '../../src/resources/describe-filters';
import { listBrowsePages } from '../../src/resources/list-browse-pages';
import { suggestLoosening } from '../../src/resources/suggest-loosening';
import { toFilterable } from '../../src/resources/to-filterable';
import { widenRegions } from '../../src/resources/widen-regions';

/** Every resource in content/resources, parsed by the collection's own schema (defaults and all). */
const dir = new URL('../../content/resources/', import.meta.url);
const schema = collections.resources.schema;
if (!schema || typeof schema === 'function') throw new Error('the resources collection should have a plain schema');
const resources = readdirSync(dir).map((name) => ({
  id: name.replace(/\.yaml$/, ''),
  data: schema.parse(parse(readFileSync(new URL(name, dir), 'utf8'))),
}));

/** A value's label as the form's checkbox words it: what the element reads from the form. */
function labelOf(facet: Facet, value: string): string {
  const definition = facets.find(({ name }) => name === facet);
  if (!definition) throw new Error(`no facet ${facet}`);
  return en[facetLabelKey(definition, value as never)];
}

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
    const source = toElementSource(html);
    return { id, data, entry: readFilterable(source), labelled: readFilterable(source, labelOf) };
  }),
);
const entries: Filterable[] = rendered.map(({ entry }) => entry);
/** The same entries as the element reads them, with the labels of their values (it has the form). */
const labelled: Filterable[] = rendered.map(({ labelled }) => labelled);
const idOf = new Map(rendered.map(({ id, labelled }) => [labelled, id]));
const idsMatching = (filters: ReturnType<typeof emptyFilters>) =>
  labelled.filter((entry) => matchesFilters(entry, filters)).map((entry) => idOf.get(entry));

describe('the facets, defined once', () => {
  test('have distinct names, none of them the text search\'s "q" or the entry\'s "text"', () => {
    expect(new Set(facetNames).size).toBe(facetNames.length);
    for (const name of facetNames) expect(['q', 'text']).not.toContain(name);
  });
  test('the form has one labelled group per facet, with a checkbox inside its label per value, in order', async () => {
    const html = await container.renderToString(ResourceFilters, { locals: pageLocals(), props: { total: 1 } });
    const legends = [...html.matchAll(/<summary>([^<]*)<\/summary>/g)].map(([, legend]) => legend);
    expect(legends).toEqual(facets.map((facet) => en[facet.legend]));
    for (const facet of facets) {
      const boxes = [
        ...html.matchAll(
          new RegExp(
            `<label class="filter-option"><input type="checkbox" name="${facet.name}" value="([^"]+)">([^<]*)</label>`,
            'g',
          ),
        ),
      ];
      // The element reads each facet's values from these checkboxes: they must be the vocabulary.
      expect(boxes.map(([, value]) => value)).toEqual([...facet.vocabulary]);
      expect(boxes.map(([, , label]) => label)).toEqual(
        facet.vocabulary.map((value) => en[facetLabelKey(facet, value)].replace(/&/g, '&amp;').replace(/'/g, '&#39;')),
      );
    }
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

// Fixed work (every combination, about 37,000, over every entry): under a second on an idle machine,
// 5 s once on a loaded one. The long timeout guards only against a hang, not a slow machine.
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
}, 60_000);

describe('a place includes what serves it (widenRegions)', () => {
  test('a country also takes international entries; International alone, or nothing, stays as chosen', () => {
    expect(widenRegions(['US'])).toEqual(['US', 'international']);
    expect(widenRegions(['US', 'UK'])).toEqual(['US', 'UK', 'international']);
    expect(widenRegions(['international'])).toEqual(['international']);
    expect(widenRegions(['US', 'international'])).toEqual(['US', 'international']);
    expect(widenRegions([])).toEqual([]);
  });
  test('countWidened counts the results there only because a country takes International, and nothing else', () => {
    const filters = emptyFilters();
    filters.facets.topic = ['grief'];
    filters.facets.region = ['US'];
    const international = labelled.filter(
      (entry) => matchesFilters(entry, filters) && entry.region.includes('international'),
    ).length;
    expect(international).toBeGreaterThan(0);
    expect(countWidened(labelled, filters)).toBe(international);
    expect(countWidened(labelled, { ...filters, facets: { ...filters.facets, region: ['international'] } })).toBe(0);
    expect(countWidened(labelled, { ...filters, facets: { ...filters.facets, region: [] } })).toBe(0);
  });
  test('grief + United States + in person lists GriefShare, an international network that meets in person', () => {
    const filters = emptyFilters();
    filters.facets.topic = ['grief'];
    filters.facets.region = ['US'];
    filters.facets.format = ['in-person'];
    const found = idsMatching(filters);
    expect(found).toContain('griefshare');
    expect(found).toContain('compassionate-friends-usa');
    // Still a place filter: a UK-only network is not listed for the United States.
    expect(found).not.toContain('compassionate-friends-uk');
  });
});

describe('the text box finds what a reader would expect (labels and keywords too)', () => {
  test('"secular" finds SMART Recovery and Women for Sobriety by their approach, not only by their words', () => {
    const filters = emptyFilters();
    filters.text = 'secular';
    const found = idsMatching(filters);
    expect(found).toEqual(expect.arrayContaining(['smart-recovery', 'women-for-sobriety', 'lifering']));
    // Without the labels (as before) the two were missed: the test would fail on the old reading.
    expect(entries.filter((entry) => matchesFilters(entry, filters)).length).toBeLessThan(found.length);
  });
  test('every entry is found by the label of each of its topics, kind and approach', () => {
    for (const { id, data, labelled: entry } of rendered) {
      const words = [
        ...data.topics.map((topic) => en[`needTopic.${topic}`]),
        en[`resourceKind.${data.kind}`],
        ...(data.approach ? [en[`approach.${data.approach}`]] : []),
      ];
      for (const text of words) expect(matchesFilters(entry, { ...emptyFilters(), text }), `${id}: ${text}`).toBe(true);
    }
  });
  test("an entry's keywords find it ('widowed' finds WAY Widowed and Young and Soaring Spirits)", () => {
    const found = idsMatching({ ...emptyFilters(), text: 'my husband died' });
    expect(found).toEqual(expect.arrayContaining(['way-widowed-and-young', 'soaring-spirits-international']));
  });
});

describe('each checkbox counts what choosing it would show (countFacetOptions)', () => {
  const chosen = emptyFilters();
  chosen.facets.topic = ['grief'];
  chosen.facets.region = ['US'];
  const counts = countFacetOptions(labelled, chosen, vocabularies);
  test('a count is the number of results with that value chosen alone in its facet, the other filters kept', () => {
    for (const facet of facetNames) {
      for (const value of vocabularies[facet]) {
        const trial = { ...chosen, facets: { ...chosen.facets, [facet]: [value] } };
        expect(counts[facet][value], `${facet}=${value}`).toBe(idsMatching(trial).length);
      }
    }
  });
  test('the counts follow the filters: group networks are fewer for grief in the United States than in the whole list', () => {
    const whole = countFacetOptions(labelled, emptyFilters(), vocabularies);
    expect(whole.kind['group-network']).toBe(rendered.filter(({ data }) => data.kind === 'group-network').length);
    expect(counts.kind['group-network']).toBeGreaterThan(0);
    expect(counts.kind['group-network']).toBeLessThan(whole.kind['group-network'] ?? 0);
  });
  test("a facet's own choice never zeroes its other values (values within a facet widen)", () => {
    expect(counts.topic['alcohol']).toBeGreaterThan(0);
  });
});

describe('when nothing matches, what to take away (suggestLoosening)', () => {
  test('caregiving + in person + faith-based: each suggestion brings back exactly the results it says', () => {
    const filters = emptyFilters();
    filters.facets.topic = ['caregiving'];
    filters.facets.format = ['in-person'];
    filters.facets.approach = ['faith-based'];
    expect(idsMatching(filters)).toEqual([]);
    const suggestions = suggestLoosening(labelled, filters);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const { remove, count } of suggestions) {
      expect(remove).not.toBe('q');
      const trial = { ...filters, facets: { ...filters.facets, [remove]: [] } };
      expect(idsMatching(trial).length, remove).toBe(count);
    }
    // Every chosen facet whose removal would help is offered, and none that would not.
    const helpful = (['topic', 'format', 'approach'] as const).filter(
      (facet) => idsMatching({ ...filters, facets: { ...filters.facets, [facet]: [] } }).length > 0,
    );
    expect(suggestions.map(({ remove }) => remove)).toEqual(helpful);
  });
  test('typed words are offered too, and nothing is offered when no single change helps', () => {
    const words = { ...emptyFilters(), text: 'zebra-crossing' };
    words.facets.topic = ['grief'];
    expect(suggestLoosening(labelled, words)).toEqual([
      { remove: 'q', count: idsMatching({ ...words, text: '' }).length },
    ]);
    const hopeless = { ...emptyFilters(), text: 'zebra-crossing' };
    hopeless.facets.topic = ['grief'];
    hopeless.facets.kind = ['data-standard'];
    expect(suggestLoosening(labelled, hopeless)).toEqual([]);
  });
});

describe('a filtered list says what it shows', () => {
  test("describeFilters: one part per facet in the form's order, alternatives joined, the words quoted last", () => {
    const filters = emptyFilters();
    filters.text = ' peer ';
    filters.facets.region = ['US'];
    filters.facets.topic = ['grief', 'cancer'];
    const or = new Intl.ListFormat('en', { type: 'disjunction' });
    expect(
      describeFilters(
        filters,
        labelOf,
        (list) => or.format(list),
        (text) => `“${text}”`,
      ),
    ).toEqual(['Grief and loss or Cancer', 'United States', '“peer”']);
    expect(
      describeFilters(
        emptyFilters(),
        labelOf,
        (list) => list.join(),
        (text) => text,
      ),
    ).toEqual([]);
  });
  test('countActiveFilters counts each value, and the words as one', () => {
    const filters = emptyFilters();
    expect(countActiveFilters(filters)).toBe(0);
    filters.facets.topic = ['grief', 'cancer'];
    filters.facets.format = ['online'];
    filters.text = 'peer support';
    expect(countActiveFilters(filters)).toBe(4);
  });
});

describe('the plain pages, one per topic, kind and region (listBrowsePages)', () => {
  const pages = listBrowsePages(rendered, ({ data }) => toFilterable(data));
  test('each lists exactly what choosing its value alone in the filters shows, and none is empty', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const shown = idsMatching({
        ...emptyFilters(),
        facets: { ...emptyFilters().facets, [page.facet]: [page.value] },
      });
      expect(
        page.items.map(({ id }) => id),
        `${page.facet}=${page.value}`,
      ).toEqual(shown);
      expect(page.items.length).toBeGreaterThan(0);
    }
  });
  test('only topic, kind and region get pages; a country page counts the international entries it adds', () => {
    expect(new Set(pages.map(({ facet }) => facet))).toEqual(new Set(['topic', 'kind', 'region']));
    const us = pages.find(({ facet, value }) => facet === 'region' && value === 'US');
    const international = rendered.filter(({ data }) => data.region === 'international').length;
    expect(us?.widened).toBe(international);
    expect(pages.find(({ value }) => value === 'international')?.widened).toBe(0);
  });
  test('no two values of a facet differ only in case, so the lower-cased path names one value', () => {
    for (const facet of facets) {
      const lower = facet.vocabulary.map((value) => value.toLowerCase());
      expect(new Set(lower).size, facet.name).toBe(lower.length);
    }
  });
});
