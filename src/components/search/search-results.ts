import type { SearchHit, SearchPage } from './search-engine';

/** The parts of a results area: the announced status line, the list, and the "Show more results" button. */
export interface ResultsView {
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

/** One hit as a list item: title link, content type, excerpt with Pagefind's <mark> highlights. */
function renderHit(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  const type = document.createElement('span');
  type.className = 'search-type';
  type.textContent = hit.type;
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
  view.list.replaceChildren(...hits.map(renderHit));
  view.status.textContent =
    page.total === 0
      ? `No results for “${query}”.`
      : `${page.total} ${page.total === 1 ? 'result' : 'results'} for “${query}”.`;
  view.more.hidden = hits.length >= page.total;
  const appendMore = async () => {
    const items = (await page.loadMore()).map(renderHit);
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
