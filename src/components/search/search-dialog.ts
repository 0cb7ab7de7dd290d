import { prepareSearch, searchSite } from './search-engine';
import { clearResults, showResults, type ResultsView } from './search-results';
import { coalesceRuns } from '../../utils/coalesce-runs';

/**
 * The search dialog, built on first use: a native <dialog> (Escape closes it and focus goes
 * back to what opened it), results as links with their content type and highlighted excerpt,
 * type filters with counts, arrow keys through the results, and the count announced.
 */
/**
 * How long typing must pause before a search runs. Short, because the time counts against the
 * 300 ms from last keystroke to results (issue #6); long enough that a fast typist's every
 * keystroke does not fetch result fragments.
 */
const SETTLE_MS = 80;

let dialog: HTMLDialogElement | undefined;
let returnTo: HTMLElement | null = null;

function build(): HTMLDialogElement {
  // The dialog's styles load with it, so pages carry no search CSS until the reader wants search.
  const styles = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/search-dialog.css' });
  document.head.append(styles);
  const element = document.createElement('dialog');
  element.className = 'search-dialog';
  element.setAttribute('aria-labelledby', 'search-dialog-title');
  element.innerHTML = `
    <div class="search-dialog-head">
      <h2 id="search-dialog-title">Search Common Ground</h2>
      <form method="dialog"><button type="submit" class="button-secondary">Close</button></form>
    </div>
    <form role="search" class="search-dialog-form" action="/search/" method="get">
      <label for="search-dialog-input">Search for</label>
      <input id="search-dialog-input" name="q" type="search" autocomplete="off" />
    </form>
    <fieldset class="search-dialog-filters" hidden><legend>Show only</legend><div data-filters></div></fieldset>
    <p role="status" class="meta" data-status></p>
    <ol class="search-results" data-results></ol>
    <button type="button" class="button-secondary" data-more hidden>Show more results</button>`;
  document.body.append(element);
  const input = element.querySelector<HTMLInputElement>('input[type=search]');
  const results = element.querySelector<HTMLOListElement>('[data-results]');
  const status = element.querySelector<HTMLElement>('[data-status]');
  const filters = element.querySelector<HTMLElement>('[data-filters]');
  const more = element.querySelector<HTMLButtonElement>('[data-more]');
  if (!input || !results || !status || !filters || !more) return element;
  const view: ResultsView = { status, list: results, more };
  const chosenTypes = () => [...filters.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
  // One search at a time, always for what is in the box when it starts.
  const run = coalesceRuns(async () => {
    const query = input.value.trim();
    if (!query) {
      clearResults(view);
      filters.parentElement?.setAttribute('hidden', '');
      return;
    }
    const page = await searchSite(query, chosenTypes());
    // The reader typed on while Pagefind searched: skip this query's result fragments, the next run is waiting.
    if (input.value.trim() !== query) return;
    await showResults(view, page, query);
    renderFilters(filters, page.typeCounts, chosenTypes());
  });
  let timer: number | undefined;
  input.addEventListener('input', () => {
    prepareSearch(input.value);
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), SETTLE_MS);
  });
  filters.addEventListener('change', () => void run());
  element.querySelector('.search-dialog-form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...results.querySelectorAll<HTMLAnchorElement>('a')];
    const index = stops.indexOf(document.activeElement as HTMLInputElement);
    const next = stops[Math.max(0, Math.min(stops.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
  element.addEventListener('close', () => {
    returnTo?.focus();
  });
  return element;
}

/** Draws the content-type checkboxes with their counts, keeping what was ticked. */
function renderFilters(container: HTMLElement, counts: Record<string, number>, chosen: string[]) {
  const types = Object.entries(counts).filter(([, count]) => count > 0);
  container.parentElement?.toggleAttribute('hidden', types.length === 0);
  container.replaceChildren(
    ...types.map(([type, count]) => {
      const wrapper = document.createElement('div');
      wrapper.className = 'filter-option';
      const id = `search-type-${type.toLowerCase().replace(/\W+/g, '-')}`;
      const box = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        id,
        value: type,
        checked: chosen.includes(type),
      });
      const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: `${type} (${count})` });
      wrapper.append(box, label);
      return wrapper;
    }),
  );
}

/** Opens the dialog and puts the cursor in the search box; Escape or Close returns focus to `trigger`. */
export function openSearchDialog(trigger: HTMLElement | null): void {
  dialog ??= build();
  returnTo = trigger;
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[type=search]')?.focus();
}

// The trigger loads this file by URL and asks for the dialog with an event, so this module needs
// no exports that a bundler could drop.
document.addEventListener('common-ground:open-search', (event) => {
  openSearchDialog((event as CustomEvent<HTMLElement | null>).detail);
});
