import { formatMessage, readMessages } from '../../i18n/format-message';
import { facetNames, isFacet, type FacetVocabularies } from '../../resources/facets';
import {
  emptyFilters,
  matchesFilters,
  parseFilters,
  serializeFilters,
  type Filters,
} from '../../resources/resource-filters';
import { readFilterable } from '../../resources/read-filterable';

/**
 * <resource-filters>: filters the directory in place and mirrors the filters in the URL query.
 * What it says (the count, the note on a link's unknown filters) comes from its data-messages.
 */
class ResourceFilters extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const raw = this.querySelector('[data-vocabularies]')?.textContent;
    if (!form || !raw) return;
    const vocabularies = JSON.parse(raw) as FacetVocabularies;
    const messages = readMessages(this);
    const lang = document.documentElement.lang;
    const entries = [...document.querySelectorAll<HTMLElement>('.directory-entry')].map((element) => ({
      element,
      data: readFilterable(element),
    }));
    const { filters, ignored } = parseFilters(location.search, vocabularies);
    this.#write(form, filters);
    if (ignored.length > 0) {
      const note = this.querySelector<HTMLElement>('[data-ignored]');
      if (note) {
        note.textContent = formatMessage(messages, 'directory.ignoredFilters', { filters: ignored.join(', ') }, lang);
        note.hidden = false;
      }
    }
    const update = () => {
      const chosen = this.#read(form);
      let shown = 0;
      for (const { element, data } of entries) {
        const match = matchesFilters(data, chosen);
        element.closest('li')?.toggleAttribute('hidden', !match);
        if (match) shown += 1;
      }
      for (const section of document.querySelectorAll<HTMLElement>('[data-kind-section]')) {
        section.hidden = !section.querySelector('li:not([hidden])');
      }
      const count = this.querySelector('[data-count]');
      if (count) {
        count.textContent = formatMessage(messages, 'directory.filterCount', { count: entries.length, shown }, lang);
      }
      history.replaceState(null, '', `${location.pathname}${serializeFilters(chosen)}${location.hash}`);
    };
    form.addEventListener('input', update);
    form.addEventListener('reset', () => {
      setTimeout(update);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
    });
    update();
  }

  #read(form: HTMLFormElement): Filters {
    const filters = emptyFilters();
    const data = new FormData(form);
    for (const facet of facetNames) {
      filters.facets[facet] = data.getAll(facet).filter((value): value is string => typeof value === 'string');
    }
    const text = data.get('q');
    filters.text = typeof text === 'string' ? text : '';
    return filters;
  }

  #write(form: HTMLFormElement, filters: Filters) {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      input.checked = isFacet(input.name) && filters.facets[input.name].includes(input.value);
      if (input.checked) input.closest('details')?.setAttribute('open', '');
    }
    const text = form.querySelector<HTMLInputElement>('input[name=q]');
    if (text) text.value = filters.text;
  }
}

customElements.define('resource-filters', ResourceFilters);
