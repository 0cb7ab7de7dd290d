import { formatMessage, type Messages } from '../../i18n/format-message';
import type { SearchHit, SearchPage } from './search-engine';

/**
 * The catalogue messages a results area needs, for its element's data-messages (the server
 * renders them with islandMessages; the keys here are names, not words).
 */
export const RESULTS_MESSAGES = [
  'search.results',
  'search.resultsSomeWords',
  'search.corrected',
  'search.noResults',
  'search.typePage',
  'searchType.glossary',
] as const;

/** The messages the search dialog loads (dialog.json): the results' and its filters'. */
export const DIALOG_MESSAGES = ['search.typeFilter', ...RESULTS_MESSAGES] as const;

/** The content types of pages that are lists of entries (the glossary), as the index labels them. */
export function entryTypes(messages: Messages, lang: string): string[] {
  return [formatMessage(messages, 'searchType.glossary', {}, lang)];
}

/**
 * The parts of a results area: the announced status line, the list, the "Show more results"
 * button, and the next steps shown when nothing matched (SearchNextSteps.astro).
 */
export interface ResultsView {
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  nextSteps: HTMLElement;
  /** The island's messages (RESULTS_MESSAGES at least) and the page's language, for plurals. */
  messages: Messages;
  lang: string;
}

/** One hit as a list item: title link, content type, excerpt with Pagefind's <mark> highlights. */
function renderHit(view: ResultsView, hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  const type = document.createElement('span');
  type.className = 'search-type';
  type.textContent = hit.type ?? formatMessage(view.messages, 'search.typePage', {}, view.lang);
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text and adds only <mark> around the matches.
  excerpt.innerHTML = hit.excerpt;
  item.append(link, ' ', type, excerpt);
  return item;
}

/**
 * Shows a search's first page of results and announces the count (the status element is a live
 * region). "Show more results" appends the next page and moves focus to its first link, so
 * keyboard and screen reader users carry on where the new results start.
 */
export async function showResults(view: ResultsView, page: SearchPage, query: string): Promise<void> {
  const hits = await page.loadMore();
  view.list.replaceChildren(...hits.map((hit) => renderHit(view, hit)));
  view.status.textContent = describeResults(view, page, query);
  view.nextSteps.hidden = page.total > 0;
  view.more.hidden = hits.length >= page.total;
  const appendMore = async () => {
    const items = (await page.loadMore()).map((hit) => renderHit(view, hit));
    view.list.append(...items);
    view.more.hidden = view.list.children.length >= page.total;
    items[0]?.querySelector('a')?.focus();
  };
  // A property, not a listener: each new search replaces the previous search's handler.
  view.more.onclick = () => void appendMore();
}

/**
 * The status line: how many results, and what the search had to do to find them, so a reader
 * knows why a page without all their words is there ("for some of your words") or which word
 * was searched in place of one the site does not use.
 */
function describeResults({ messages, lang }: ResultsView, page: SearchPage, query: string): string {
  if (page.total === 0) return formatMessage(messages, 'search.noResults', { query }, lang);
  // The count names what was searched: "32 results for “suicide”", not the word no page has.
  const searched = page.corrections.reduce(
    (text, { typed, suggestion }) =>
      text
        .split(/\s+/)
        .map((word) => (word.toLowerCase() === typed ? suggestion : word))
        .join(' '),
    query,
  );
  const count =
    page.match === 'some'
      ? formatMessage(messages, 'search.resultsSomeWords', { count: page.total }, lang)
      : formatMessage(messages, 'search.results', { count: page.total, query: searched }, lang);
  const corrections = page.corrections.map(({ typed, suggestion }) =>
    formatMessage(messages, 'search.corrected', { typed, suggestion }, lang),
  );
  return [...corrections, count].join(' ');
}

/** Empties the results area. */
export function clearResults(view: ResultsView): void {
  view.list.replaceChildren();
  view.status.textContent = '';
  view.more.hidden = true;
  view.nextSteps.hidden = true;
}
