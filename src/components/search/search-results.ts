import { formatMessage, type Messages } from '../../i18n/format-message';
import type { SearchHit, SearchPage } from './search-engine';

/**
 * The catalogue messages a results area needs, for its element's data-messages (the server
 * renders them with islandMessages; the keys here are names, not words).
 */
export const RESULTS_MESSAGES = [
  'search.results',
  'search.noResults',
  'search.typePage',
  'searchType.glossary',
] as const;

/** The content types of pages that are lists of entries (the glossary), as the index labels them. */
export function entryTypes(messages: Messages, lang: string): string[] {
  return [formatMessage(messages, 'searchType.glossary', {}, lang)];
}

/** The parts of a results area: the announced status line, the list, and the "Show more results" button. */
export interface ResultsView {
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
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
  view.status.textContent =
    page.total === 0
      ? formatMessage(view.messages, 'search.noResults', { query }, view.lang)
      : formatMessage(view.messages, 'search.results', { count: page.total, query }, view.lang);
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

/** Empties the results area. */
export function clearResults(view: ResultsView): void {
  view.list.replaceChildren();
  view.status.textContent = '';
  view.more.hidden = true;
}
