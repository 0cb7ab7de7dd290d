/**
 * The home page's parts and the glossary word, rendered with the Astro container: the search box
 * is a plain form to the search page's own address and parameter, every task has its door, and a
 * glossary word opens its definition in place while keeping it out of the search index.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageLocals } from '../support/page-locals';
import HomeDoors from '../../src/components/home/HomeDoors.astro';
import HomeSearch from '../../src/components/home/HomeSearch.astro';
import { listHomeDoors } from '../../src/components/home/list-home-doors';
import SiteSearch from '../../src/components/search/SiteSearch.astro';
import TermToggletip from '../../src/components/article/TermToggletip.astro';
import { routes, searchQueryParameter } from '../../src/i18n/routes';
import { createTranslator } from '../../src/i18n/create-translator';
import en from '../../src/translations/en';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The value of attribute `name` on the first tag matching `tag` (a regex source) in `html`. */
function attribute(html: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(html)?.[0] ?? '';
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
}

describe('HomeSearch', () => {
  test('is a GET form to the search page, with the field the search page reads', async () => {
    const html = await container.renderToString(HomeSearch, { locals: pageLocals() });
    expect(attribute(html, 'form', 'action')).toBe(routes.search('en'));
    expect(attribute(html, 'form', 'method')).toBe('get');
    expect(attribute(html, 'form', 'role')).toBe('search');
    expect(attribute(html, 'input', 'name')).toBe(searchQueryParameter);
    expect(attribute(html, 'input', 'type')).toBe('search');
    // The search page's own form sends the same field, so the two cannot drift apart.
    const searchPage = await container.renderToString(SiteSearch, { locals: pageLocals() });
    expect(attribute(searchPage, 'input', 'name')).toBe(attribute(html, 'input', 'name'));
    expect(attribute(searchPage, 'form', 'action')).toBe(attribute(html, 'form', 'action'));
  });
  test('labels its box and its button from the catalogue', async () => {
    const html = await container.renderToString(HomeSearch, { locals: pageLocals() });
    const inputId = attribute(html, 'input', 'id');
    expect(attribute(html, 'label', 'for')).toBe(inputId);
    expect(html).toContain(`>${en['search.pageLabel']}</label>`);
    expect(html).toMatch(new RegExp(`<button type="submit"[^>]*>${en['search.submit']}</button>`));
  });
});

describe('listHomeDoors', () => {
  const doors = listHomeDoors('en', createTranslator('en'), 7);
  test('gives every task its door, help first, each to its route', () => {
    expect(doors.map((door) => [door.task, door.href])).toEqual([
      ['help-now', routes.helpNow('en')],
      ['learn', routes.learn('en')],
      ['quiz', routes.quiz('en')],
      ['resources', routes.resources('en')],
      ['groups', routes.groups('en')],
      ['organize', routes.organize('en')],
    ]);
  });
  test('titles and describes each door from the catalogue, with the quiz length filled in', () => {
    expect(doors.map((door) => door.title)).toEqual([
      en['home.helpNowTitle'],
      en['home.learnTitle'],
      en['home.quizTitle'],
      en['home.resourcesTitle'],
      en['home.groupsTitle'],
      en['home.organizeTitle'],
    ]);
    for (const door of doors) expect(door.description.length, door.task).toBeGreaterThan(20);
    expect(doors.find((door) => door.task === 'quiz')?.description).toContain('Answer 7 short questions');
  });
});

describe('HomeDoors', () => {
  test('renders each door as a list item with a linked heading and its description', async () => {
    const doors = listHomeDoors('en', createTranslator('en'), 7);
    const html = await container.renderToString(HomeDoors, { locals: pageLocals(), props: { doors } });
    expect(html.match(/<li\b/g)).toHaveLength(doors.length);
    for (const door of doors) {
      expect(html).toContain(`<h2><a href="${door.href}">${door.title}</a></h2>`);
      expect(html).toContain(`<p>${door.description}</p>`);
    }
  });
});

describe('TermToggletip', () => {
  const props = {
    id: 'term-mutual-aid',
    term: 'Mutual aid',
    definition: 'Help that people who share a problem give to each other.',
    glossaryHref: routes.glossary('en', 'mutual-aid'),
  };
  const render = () =>
    container.renderToString(TermToggletip, { locals: pageLocals(), props, slots: { default: 'mutual aid' } });

  test('the word is a button that opens its definition, a popover it controls and is described by', async () => {
    const html = await render();
    expect(attribute(html, 'button', 'type')).toBe('button');
    expect(attribute(html, 'button', 'popovertarget')).toBe(props.id);
    expect(attribute(html, 'button', 'aria-controls')).toBe(props.id);
    const described = attribute(html, 'button', 'aria-describedby') ?? '';
    expect(html).toContain(`<span id="${described}">${props.definition}</span>`);
    expect(attribute(html, 'span[^>]*\\bpopover', 'id')).toBe(props.id);
    // Without JavaScript the browser keeps aria-expanded itself; a stale "false" would override it.
    expect(attribute(html, 'button', 'aria-expanded')).toBeUndefined();
  });
  test('keeps the definition out of the search index, and offers the glossary and a Close button', async () => {
    const html = await render();
    expect(html).toMatch(new RegExp(`<span class="term-definition" id="${props.id}" popover data-pagefind-ignore`));
    expect(html).toContain(`<a href="/glossary/#mutual-aid">${en['term.glossaryLink']}</a>`);
    expect(html).toMatch(
      new RegExp(`popovertarget="${props.id}" popovertargetaction="hide"[^>]*>${en['term.close']}</button>`),
    );
  });
  test('adds no space around the word, so the punctuation after it stays put', async () => {
    const html = await render();
    expect(html).toMatch(/^<span class="term"><button[^>]*>mutual aid<\/button><span class="term-definition"/);
    expect(html).toMatch(/<\/span><\/span>$/);
  });
});
