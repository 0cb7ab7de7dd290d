import { formatMessage, type Messages } from '../../i18n/format-message';
import type { DialogData } from './dialog-data';
import type { NextSteps } from './list-next-steps';
import { loadJson } from './load-json';
import { prepareSearch, searchSite } from './search-engine';
import { clearResults, entryTypes, showResults, type ResultsView } from './search-results';
import { requiredPart } from './required-part';
import { coalesceRuns } from '../../utils/coalesce-runs';

/**
 * <search-dialog>: upgrades the dialog SearchDialog.astro renders on every page. A native
 * <dialog> (Escape closes it and focus goes back to what opened it), results as links with their
 * content type and highlighted excerpt, type filters with counts, arrow keys through the
 * results, and the count announced. The header's trigger loads this file on the reader's first
 * sign of intent, so neither it nor Pagefind costs a page anything before that.
 */
/**
 * How long typing must pause before a search runs. Short, because the time counts against the
 * 300 ms from last keystroke to results (issue #6); long enough that a fast typist's every
 * keystroke does not fetch result fragments. At 80 ms, a typist at 80 ms a key searched "peer"
 * halfway through "peer support" and fetched both queries' fragments: 152.6–155.6 KB, over the
 * 150 KB first-query budget once issue 15's articles were indexed. At 120 ms: 146.6–148.2 KB,
 * 143–247 ms from last keystroke to results (Chromium, 2 cores, seven runs).
 */
const SETTLE_MS = 120;

/** A part of the markup SearchDialog.astro renders, or an error naming the missing part. */
function part<T extends Element>(root: Element, selector: string, kind: abstract new () => T): T {
  return requiredPart(root, selector, kind, 'SearchDialog.astro');
}

/** The upgraded dialog's parts that opening it needs. */
interface Upgraded {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
}

class SearchDialog extends HTMLElement {
  #upgraded: Upgraded | undefined;
  #returnTo: HTMLElement | null = null;

  connectedCallback() {
    this.#upgrade();
  }

  /** Opens the dialog and puts the cursor in the search box; Escape or Close returns focus to `trigger`. */
  open(trigger: HTMLElement | null): void {
    const { dialog, input } = this.#upgrade();
    this.#returnTo = trigger;
    if (!dialog.open) dialog.showModal();
    input.focus();
  }

  /** Wires the markup once; throws, naming the part, if the markup is not what SearchDialog.astro renders. */
  #upgrade(): Upgraded {
    if (this.#upgraded) return this.#upgraded;
    const dialog = part(this, 'dialog.search-dialog', HTMLDialogElement);
    const input = part(this, 'input[type=search]', HTMLInputElement);
    const fieldset = part(this, 'fieldset.search-dialog-filters', HTMLFieldSetElement);
    const filters = part(this, 'fieldset [data-filters]', HTMLElement);
    const results = part(this, '[data-results]', HTMLOListElement);
    const view: ResultsView = {
      status: part(this, '[data-status]', HTMLElement),
      list: results,
      more: part(this, '[data-more]', HTMLButtonElement),
      nextSteps: part(this, '[data-next-steps]', HTMLElement),
      // Filled in from dialog.json before the first results are shown.
      messages: {},
      lang: document.documentElement.lang,
    };
    const { styles, data: dataUrl } = this.dataset;
    if (!styles || !dataUrl)
      throw new Error('<search-dialog> needs data-styles and data-data (see SearchDialog.astro).');
    // Its messages and next steps load with the dialog's code, on the reader's first sign of intent.
    const data = loadJson<DialogData>(dataUrl).then((loaded) => {
      view.messages = loaded.messages;
      renderNextSteps(view.nextSteps, loaded.nextSteps);
      return loaded;
    });

    // The dialog's styles load with its code, so pages carry no search CSS until the reader wants search.
    document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: styles }));
    const chosenTypes = () => [...filters.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    // One search at a time, always for what is in the box when it starts.
    const run = coalesceRuns(async () => {
      const query = input.value.trim();
      if (!query) {
        clearResults(view);
        fieldset.hidden = true;
        return;
      }
      // The dialog searches as the reader types: the last word may be unfinished, unless a space follows it.
      const typing = !/\s$/.test(input.value);
      const { words } = await data;
      const page = await searchSite({
        query,
        types: chosenTypes(),
        entryTypes: entryTypes(view.messages, view.lang),
        words,
        typing,
      });
      // The reader typed on while Pagefind searched: skip this query's result fragments, the next run is waiting.
      if (input.value.trim() !== query) return;
      await showResults(view, page, query);
      renderFilters(view, fieldset, filters, page.typeCounts, chosenTypes());
    });
    let timer: number | undefined;
    input.addEventListener('input', () => {
      const typed = input.value;
      void data.then(({ words }) => {
        prepareSearch(typed, words);
      });
      clearTimeout(timer);
      timer = window.setTimeout(() => void run(), SETTLE_MS);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      clearTimeout(timer);
      void run();
    });
    filters.addEventListener('change', () => void run());
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const stops = [input, ...results.querySelectorAll<HTMLAnchorElement>('a')];
      const index = stops.indexOf(document.activeElement as HTMLInputElement);
      const next = stops[Math.max(0, Math.min(stops.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    });
    dialog.addEventListener('close', () => {
      this.#returnTo?.focus();
    });
    this.#upgraded = { dialog, input };
    return this.#upgraded;
  }
}

/** Fills the dialog's next-steps block (shown when a search finds nothing) from dialog.json. */
function renderNextSteps(container: HTMLElement, { intro, links }: NextSteps) {
  const list = document.createElement('ul');
  list.append(
    ...links.map(({ href, label }) => {
      const item = document.createElement('li');
      item.append(Object.assign(document.createElement('a'), { href, textContent: label }));
      return item;
    }),
  );
  container.replaceChildren(Object.assign(document.createElement('p'), { textContent: intro }), list);
}

/** Draws the content-type checkboxes with their counts, keeping what was ticked. */
function renderFilters(
  { messages, lang }: { messages: Messages; lang: string },
  fieldset: HTMLFieldSetElement,
  container: HTMLElement,
  counts: Record<string, number>,
  chosen: string[],
) {
  const types = Object.entries(counts).filter(([, count]) => count > 0);
  fieldset.hidden = types.length === 0;
  container.replaceChildren(
    ...types.map(([type, count], index) => {
      const wrapper = document.createElement('div');
      wrapper.className = 'filter-option';
      const id = `search-type-${index}`;
      const box = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        id,
        value: type,
        checked: chosen.includes(type),
      });
      const label = Object.assign(document.createElement('label'), {
        htmlFor: id,
        textContent: formatMessage(messages, 'search.typeFilter', { type, count }, lang),
      });
      wrapper.append(box, label);
      return wrapper;
    }),
  );
}

customElements.define('search-dialog', SearchDialog);

// The trigger loads this file by URL and asks for the dialog with an event, so this module needs
// no exports that a bundler could drop.
document.addEventListener('common-ground:open-search', (event) => {
  const element = document.querySelector('search-dialog');
  if (!(element instanceof SearchDialog)) {
    throw new Error('This page has no <search-dialog> to open: BaseLayout.astro renders it with <SearchDialog />.');
  }
  element.open((event as CustomEvent<HTMLElement | null>).detail);
});
