/**
 * The search components' server-rendered markup: facet tags from ids (and from the English labels
 * callers used before), the closed search dialog every page carries, and the search page's form.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageLocals } from '../support/page-locals';
import SearchDialog from '../../src/components/search/SearchDialog.astro';
import SearchFacetTags from '../../src/components/search/SearchFacetTags.astro';
import SiteSearch from '../../src/components/search/SiteSearch.astro';
import { contentTypeLabel } from '../../src/components/search/search-facets';
import { contentTypes } from '../../src/config/taxonomy';
import { routes } from '../../src/i18n/routes';
import en from '../../src/translations/en';
import type { APIContext } from 'astro';
import type { DialogData } from '../../src/components/search/dialog-data';
import { GET } from '../../src/pages/search/dialog.json';

/** Never a dead end: the quiz, the directory, help now and the A to Z. */
const nextStepHrefs = [
  routes.quiz('en'),
  routes.resources('en'),
  routes.helpNow('en'),
  `${routes.search('en')}#a-to-z`,
];

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown> = {}) =>
  container.renderToString(component, { locals: pageLocals(), props });

/** The attribute values of `name` in `html`, in order. */
function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((match) => match[1] ?? '');
}

describe('SearchFacetTags', () => {
  test('writes the content type given by id as its catalogue label, the only filter the index holds', async () => {
    const html = await render(SearchFacetTags, { type: 'group-type' });
    expect(attributes(html, 'data-pagefind-filter')).toEqual([`type:${en['searchType.group-type']}`]);
  });

  test('every content type has its own label', () => {
    const { t } = pageLocals();
    const typeLabels = contentTypes.map((type) => contentTypeLabel(t, type));
    expect(new Set(typeLabels).size).toBe(contentTypes.length);
    for (const label of typeLabels) expect(label).toMatch(/^[A-Z]/);
  });
});

describe('SearchDialog', () => {
  test('is a closed dialog, named by its title, with its words from the catalogue', async () => {
    const html = await render(SearchDialog);
    expect(html).toMatch(/<dialog class="search-dialog" aria-labelledby="search-dialog-title">/);
    expect(html).not.toMatch(/<dialog[^>]*\sopen/);
    const title = en['search.heading'].replace('{{siteName}}', en['site.name']);
    expect(html).toContain(`<h2 id="search-dialog-title">${title}</h2>`);
    expect(html).toContain(`<label for="search-dialog-input">${en['search.dialogLabel']}</label>`);
    expect(html).toContain(`>${en['search.close']}</button>`);
    expect(html).toContain(`<legend>${en['search.filtersLegend']}</legend>`);
    expect(html).toContain(`>${en['search.showMore']}</button>`);
  });

  test('keeps its messages and next steps out of every page: it points to dialog.json and its stylesheet', async () => {
    const html = await render(SearchDialog);
    expect(attributes(html, 'data-messages')).toEqual([]);
    expect(attributes(html, 'data-data')).toEqual([routes.searchDialogData('en')]);
    expect(attributes(html, 'data-styles')).toEqual([routes.searchDialogStyles()]);
    expect(html).toMatch(/<div class="search-next-steps" data-next-steps hidden><\/div>/);
  });
});

describe('dialog.json', () => {
  test('carries the messages the dialog shows, every plural form included, its next steps and its words', async () => {
    const response = GET({ locals: pageLocals() } as unknown as APIContext);
    const data = (await response.json()) as DialogData;
    expect(data.messages).toMatchObject({
      'search.results_one': en['search.results_one'],
      'search.results_other': en['search.results_other'],
      'search.resultsSomeWords_one': en['search.resultsSomeWords_one'],
      'search.resultsSomeWords_other': en['search.resultsSomeWords_other'],
      'search.corrected': en['search.corrected'],
      'search.noResults': en['search.noResults'],
      'search.typeFilter': en['search.typeFilter'],
      'search.typePage': en['search.typePage'],
      'searchType.glossary': en['searchType.glossary'],
    });
    expect(data.nextSteps.links.map(({ href }) => href)).toEqual(nextStepHrefs);
    expect(data.words).toEqual({ lexicon: routes.searchLexicon('en'), vocabulary: routes.searchVocabulary('en') });
  });
});

describe('SiteSearch', () => {
  test('is a GET form to the search page, with a way round for readers without JavaScript', async () => {
    const html = await render(SiteSearch);
    expect(html).toContain(`<form action="${routes.search('en')}" method="get" role="search">`);
    // The note for readers without JavaScript points to the A to Z below the form; the next
    // steps, hidden until a search finds nothing, follow the results.
    expect(attributes(html, 'href')).toEqual(['#a-to-z', ...nextStepHrefs]);
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain(en['search.needsJavaScript'].replace(/<\/?link\d>/g, ''));
    expect(html).toMatch(/<div class="search-next-steps" data-next-steps hidden>/);
    expect(attributes(html, 'data-lexicon')).toEqual([routes.searchLexicon('en')]);
    expect(attributes(html, 'data-vocabulary')).toEqual([routes.searchVocabulary('en')]);
  });
});
