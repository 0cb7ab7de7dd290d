/**
 * The header (SiteHeader.astro) and its two small rules: which link is current, and which theme is
 * in force. The header's behaviour in a browser (the Menu, Escape, the theme switch) is in
 * tests/e2e/journeys.spec.ts.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageLocals } from '../support/page-locals';
import { scanHtml } from '../support/scan-html';
import en from '../../src/translations/en';
import SiteHeader from '../../src/components/layout/SiteHeader.astro';
import { findAriaCurrent } from '../../src/components/layout/find-aria-current';
import { resolveTheme } from '../../src/components/layout/resolve-theme';

describe('findAriaCurrent', () => {
  test.each([
    ['/learn/', '/learn/', 'page'],
    ['/learn/empowerment/', '/learn/', 'true'],
    ['/help-now/', '/learn/', undefined],
    ['/learning/', '/learn/', undefined],
  ] as const)('on %s, a link to %s is %s', (path, href, state) => {
    expect(findAriaCurrent(path, href)).toBe(state);
  });
});

describe('resolveTheme', () => {
  test.each([
    ['dark', false, 'dark'],
    ['light', true, 'light'],
    [null, true, 'dark'],
    [null, false, 'light'],
    ['sepia', true, 'dark'],
  ] as const)('saved %s, system dark %s → %s', (saved, systemDark, theme) => {
    expect(resolveTheme(saved, systemDark)).toBe(theme);
  });
});

describe('SiteHeader', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  const render = (path: string) =>
    container.renderToString(SiteHeader, {
      locals: pageLocals(),
      request: new Request(`https://common-ground.example${path}`),
    });

  test('links to help now on every page, marked current on the help page itself', async () => {
    const onArticle = await render('/learn/empowerment/');
    expect(onArticle).toMatch(
      new RegExp(`<a class="help-now-link" href="/help-now/">\\s*${en['header.helpNow']}\\s*</a>`),
    );
    const onHelp = await render('/help-now/');
    expect(onHelp).toMatch(/<a class="help-now-link" href="\/help-now\/" aria-current="page">/);
  });

  test('without JavaScript the Menu is a <details> disclosure; with it, a button that controls the same panel', async () => {
    const html = await render('/');
    const elements = scanHtml(html);
    expect(html).toMatch(
      new RegExp(`<details[^>]*>\\s*<summary class="[^"]*\\bno-js-only\\b[^"]*">${en['header.menu']}</summary>`),
    );
    const buttons = elements.filter((element) => element.name === 'button' && element.attributes.has('aria-controls'));
    expect(buttons).toHaveLength(1);
    const button = buttons[0];
    expect(button?.attributes.get('class')).toMatch(/\bjs-only\b/);
    expect(button?.attributes.get('aria-expanded')).toBe('false');
    expect(html).toMatch(new RegExp(`<button[^>]*aria-controls="[^"]+"[^>]*>\\s*${en['header.menu']}\\s*</button>`));
    // The panel the button controls is inside the <details>, and holds the navigation with its Search link.
    const panelId = button?.attributes.get('aria-controls') ?? '';
    const panelAt = html.indexOf(`id="${panelId}"`);
    expect(panelAt).toBeGreaterThan(html.indexOf('<details'));
    const panel = html.slice(panelAt, html.indexOf('</details>'));
    expect(panel).toMatch(new RegExp(`<nav[^>]*aria-label="${en['nav.label']}"`));
    expect(panel).toMatch(
      new RegExp(`<a href="/search/"[^>]*data-search-trigger[^>]*>\\s*${en['nav.search']}\\s*</a>`),
    );
    expect(panel).toContain(`>${en['theme.darkToggle']}<`);
  });
});
