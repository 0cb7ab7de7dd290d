/**
 * The first screen on a phone, on every sitemap URL (issue 14). A person arriving on a 375 × 740
 * or 320 × 740 phone, or reading at 200% zoom (a 640 × 400 CSS px viewport on a 1280 × 800 laptop),
 * with or without JavaScript, must find:
 * - a compact header (at most 72 px on a phone, a quarter of the screen at 200% zoom);
 * - a "Help now" link in that header, inside the first screen;
 * - the page's own <h1> in the top half of the first screen, so its summary starts there too;
 * - no sideways scrolling;
 * - nothing shown that the `hidden` attribute hides, and without JavaScript no control that needs it;
 * - no words glued to a link ("ourresources page").
 * Each test loads the page once and measures every viewport by resizing it.
 */
import { expect, test, type Page } from '@playwright/test';
import { readSitemapPaths } from '../support/read-dist';

const paths = [...readSitemapPaths(), '/404.html'];

/** The viewports a phone reader and a 200%-zoom reader see; `maxHeader` in CSS px. */
const viewports = [
  { name: 'phone 375', width: 375, height: 740, maxHeader: 72 },
  { name: 'phone 320', width: 320, height: 740, maxHeader: 72 },
  { name: '200% zoom', width: 640, height: 400, maxHeader: 100 },
] as const;

interface FirstScreen {
  headerHeight: number;
  /** Top and bottom of the header's help link, or null when there is none to see. */
  help: { top: number; bottom: number } | null;
  h1: { top: number; bottom: number } | null;
  overflow: number;
  /** Elements that carry `hidden` (or `.js-only` without scripts) yet take up space. */
  shownHidden: string[];
  /** Visible buttons that cannot work without a script. */
  deadControls: string[];
  /** Links whose first or last character touches a letter or digit of the text beside them. */
  gluedLinks: string[];
}

/** Measures the first screen of the page as it is now laid out. */
function measure(page: Page): Promise<FirstScreen> {
  return page.evaluate(() => {
    const describe = (element: Element): string =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        element.className && typeof element.className === 'string' ? `.${element.className.split(/\s+/).join('.')}` : ''
      } "${element.textContent.trim().slice(0, 40)}"`;
    const takesSpace = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      return box.width > 0 || box.height > 0;
    };
    const box = (element: Element | null | undefined): { top: number; bottom: number } | null => {
      if (!element || !takesSpace(element)) return null;
      const { top, bottom } = element.getBoundingClientRect();
      return { top, bottom };
    };
    const header = document.querySelector('body > header');
    const helpLink = [...(header?.querySelectorAll('a') ?? [])].find(
      (link) => /help now/i.test(link.textContent) && takesSpace(link),
    );
    const scripted = document.documentElement.classList.contains('js');
    const shownHidden = [
      ...document.querySelectorAll('[hidden]:not([hidden="until-found"])'),
      ...(scripted ? [] : document.querySelectorAll('.js-only')),
    ]
      .filter(takesSpace)
      .map(describe);
    const deadControls = scripted
      ? []
      : [...document.querySelectorAll('button, [role="button"]:not(summary), a[href="#"], a[href^="javascript:"]')]
          .filter(takesSpace)
          .filter((control) => {
            if (!(control instanceof HTMLButtonElement)) return true;
            // A button that opens a popover (a glossary term) works without a script.
            if (control.hasAttribute('popovertarget')) return false;
            // So does a submit button in a form with somewhere to go.
            return control.type !== 'submit' || !control.form?.getAttribute('action');
          })
          .map(describe);
    const wordCharacter = /[\p{L}\p{N}]/u;
    /** The text that touches a node on one side, in the same line of inline text. */
    const touchingText = (node: Node, side: 'before' | 'after'): string => {
      let current: Node = node;
      for (;;) {
        const sibling: Node | null = side === 'before' ? current.previousSibling : current.nextSibling;
        if (sibling) {
          if (sibling instanceof Element && getComputedStyle(sibling).display !== 'inline') return '';
          return sibling.textContent ?? '';
        }
        const parent: HTMLElement | null = current.parentElement;
        if (!parent || getComputedStyle(parent).display !== 'inline') return '';
        current = parent;
      }
    };
    const gluedLinks = [...document.querySelectorAll('main a, footer a')]
      .filter((link) => takesSpace(link) && getComputedStyle(link).display === 'inline')
      .filter((link) => {
        const text = link.textContent;
        const before = touchingText(link, 'before');
        const after = touchingText(link, 'after');
        return (
          (wordCharacter.test(text.at(0) ?? '') && wordCharacter.test(before.at(-1) ?? '')) ||
          (wordCharacter.test(text.at(-1) ?? '') && wordCharacter.test(after.at(0) ?? ''))
        );
      })
      .map(describe);
    return {
      headerHeight: header?.getBoundingClientRect().height ?? Number.POSITIVE_INFINITY,
      help: box(helpLink),
      h1: box(document.querySelector('main h1')),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      shownHidden,
      deadControls,
      gluedLinks,
    };
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled, viewport: { width: 375, height: 740 } });
    for (const path of paths) {
      test(`${path}: help, the title and nothing sideways in the first screen`, async ({ page }) => {
        await page.goto(path);
        for (const viewport of viewports) {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          await page.evaluate(() => {
            window.scrollTo(0, 0);
          });
          const screen = await measure(page);
          const where = `${path} at ${viewport.name}`;
          expect(screen.headerHeight, `${where}: header height`).toBeLessThanOrEqual(viewport.maxHeader);
          expect(screen.help, `${where}: a Help now link in the header`).not.toBeNull();
          expect(screen.help?.bottom ?? Infinity, `${where}: Help now in the first screen`).toBeLessThanOrEqual(
            viewport.height,
          );
          expect(screen.overflow, `${where}: sideways scroll (px)`).toBeLessThanOrEqual(0);
          expect(screen.shownHidden, `${where}: hidden elements that show`).toEqual([]);
          expect(screen.deadControls, `${where}: controls that need a script`).toEqual([]);
          if (viewport.height >= 740) {
            expect(screen.h1, `${where}: the page has a visible <h1>`).not.toBeNull();
            // In the top half, so the summary under it starts in the first screen too.
            expect(screen.h1?.top ?? Infinity, `${where}: the <h1> in the top half of the screen`).toBeLessThanOrEqual(
              viewport.height / 2,
            );
          }
          expect(screen.gluedLinks, `${where}: text glued to a link`).toEqual([]);
        }
      });
    }
  });
}
