/**
 * The home page's parts, rendered with the Astro container: the search box is a plain form to the
 * search page's own address and parameter, and every task has its door.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageLocals } from '../support/page-locals';
import HomeDoors from '../../src/components/home/HomeDoors.astro';
import HomeSearch from '../../src/components/home/HomeSearch.astro';
import { listHomeDoors } from '../../src/components/home/list-home-doors';
import SiteSearch from '../../src/components/search/SiteSearch.astro';
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
