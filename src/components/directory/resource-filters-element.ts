import { formatMessage, readMessages } from '../../i18n/format-message';
import { countActiveFilters } from '../../resources/count-active-filters';
import { countFacetOptions } from '../../resources/count-facet-options';
import { countWidened } from '../../resources/count-widened';
import { describeFilters } from '../../resources/describe-filters';
import { facetNames, isFacet, type Facet } from '../../resources/facets';
import { readFilterable } from '../../resources/read-filterable';
import {
  emptyFilters,
  matchesFilters,
  parseFilters,
  serializeFilters,
  type Filters,
} from '../../resources/resource-filters';
import { suggestLoosening } from '../../resources/suggest-loosening';

/** Wide enough for the filters to sit open above the list; below it, results come first (src/styles/global.css). */
const WIDE = '(min-width: 48rem)';

/**
 * <resource-filters>: filters the directory in place and mirrors the filters in the URL query.
 * What it says (the counts, the filters in words, what to take away, the note on a link's unknown
 * filters) comes from its data-messages; the labels of the values are the form's own.
 */
class ResourceFilters extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const panel = this.querySelector<HTMLDetailsElement>('[data-filters-panel]');
    const count = this.querySelector<HTMLElement>('[data-count]');
    if (!form || !panel || !count) return;
    // The values each facet accepts are the form's checkboxes, rendered from the facets' vocabularies.
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const vocabularies = {} as Record<Facet, string[]>;
    for (const facet of facetNames)
      vocabularies[facet] = boxes.filter(({ name }) => name === facet).map(({ value }) => value);
    const messages = readMessages(this);
    const lang = document.documentElement.lang;
    const say = (key: string, values: Record<string, string | number>) => formatMessage(messages, key, values, lang);
    const title = document.title;

    // Each checkbox's label, read before its count is added: the words the text search and the
    // filters in words use, so a value's label is written once, in the form.
    const labels = new Map<string, string>();
    const counters = new Map<string, HTMLElement>();
    for (const input of boxes) {
      const label = input.closest('label');
      if (!label) continue;
      labels.set(`${input.name} ${input.value}`, label.textContent.trim());
      const counter = document.createElement('span');
      counter.className = 'option-count';
      label.append(' ', counter);
      counters.set(`${input.name} ${input.value}`, counter);
    }
    const labelOf = (facet: Facet, value: string) => labels.get(`${facet} ${value}`) ?? value;
    const or = new Intl.ListFormat(lang, { type: 'disjunction' });

    const entries = [...document.querySelectorAll<HTMLElement>('.directory-entry')].map((element) => ({
      element,
      data: readFilterable(element, labelOf),
    }));
    const all = entries.map(({ data }) => data);
    const { filters, ignored } = parseFilters(location.search, vocabularies);
    this.#write(form, filters);
    panel.open = matchMedia(WIDE).matches;
    if (ignored.length > 0) {
      const note = this.querySelector<HTMLElement>('[data-ignored]');
      if (note) {
        note.textContent = say('directory.ignoredFilters', { filters: ignored.join(', ') });
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

      const parts = describeFilters(
        chosen,
        labelOf,
        (list) => or.format(list),
        (text) => say('directory.typedWords', { text }),
      );
      const described = parts.join(' · ');
      const widened = countWidened(all, chosen);
      count.textContent = [
        described
          ? say('directory.filterCountFor', { count: entries.length, shown, filters: described })
          : say('directory.filterCount', { count: entries.length, shown }),
        widened > 0 ? say('directory.includesInternational', { count: widened }) : '',
      ]
        .filter(Boolean)
        .join(' ');
      document.title = described ? say('directory.filteredTitle', { filters: described, title }) : title;

      const active = countActiveFilters(chosen);
      const chosenLabel = this.querySelector('[data-chosen]');
      if (chosenLabel) chosenLabel.textContent = active > 0 ? say('directory.filtersChosen', { count: active }) : '';
      const counts = countFacetOptions(all, chosen, vocabularies);
      for (const facet of facetNames) {
        for (const value of vocabularies[facet]) {
          const counter = counters.get(`${facet} ${value}`);
          if (counter) counter.textContent = say('directory.optionCount', { count: counts[facet][value] ?? 0 });
        }
      }
      this.#showLoosening(
        shown === 0 ? suggestLoosening(all, chosen) : undefined,
        chosen,
        labelOf,
        or,
        say,
        form,
        count,
        update,
      );
      history.replaceState(null, '', `${location.pathname}${serializeFilters(chosen)}${location.hash}`);
    };
    form.addEventListener('input', update);
    form.addEventListener('reset', () => {
      setTimeout(update);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      update();
      // On a phone the open form covers the list: "Show results" closes it and goes to the count.
      if (!matchMedia(WIDE).matches) {
        panel.open = false;
        count.focus();
      }
    });
    this.querySelector('[data-clear]')?.addEventListener('click', () => {
      form.reset();
      count.focus();
    });
    update();
  }

  /** The "nothing matches" block: one button per filter whose removal alone brings results back. */
  #showLoosening(
    suggestions: ReturnType<typeof suggestLoosening> | undefined,
    chosen: Filters,
    labelOf: (facet: Facet, value: string) => string,
    or: Intl.ListFormat,
    say: (key: string, values: Record<string, string | number>) => string,
    form: HTMLFormElement,
    count: HTMLElement,
    update: () => void,
  ) {
    const block = this.querySelector<HTMLElement>('[data-empty]');
    const list = this.querySelector<HTMLElement>('[data-loosen]');
    if (!block || !list) return;
    block.hidden = !suggestions;
    list.replaceChildren();
    if (!suggestions) return;
    this.querySelector<HTMLElement>('[data-loosen-intro]')?.toggleAttribute('hidden', suggestions.length === 0);
    this.querySelector<HTMLElement>('[data-loosen-none]')?.toggleAttribute('hidden', suggestions.length > 0);
    for (const { remove, count: results } of suggestions) {
      const filter =
        remove === 'q'
          ? say('directory.typedWords', { text: chosen.text.trim() })
          : or.format(chosen.facets[remove].map((value) => labelOf(remove, value)));
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button-secondary';
      button.textContent = say('directory.loosen', { filter, count: results });
      button.addEventListener('click', () => {
        if (remove === 'q') {
          const text = form.querySelector<HTMLInputElement>('input[name=q]');
          if (text) text.value = '';
        } else {
          for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${remove}"]`)) input.checked = false;
        }
        update();
        count.focus();
      });
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
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
      if (input.checked) input.closest('details.filter-group')?.setAttribute('open', '');
    }
    const text = form.querySelector<HTMLInputElement>('input[name=q]');
    if (text) text.value = filters.text;
  }
}

customElements.define('resource-filters', ResourceFilters);
