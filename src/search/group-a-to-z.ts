import { groupBy } from '../utils/group-by';

/** A page in the A to Z: its title, address and kind. */
export interface IndexedPage {
  title: string;
  href: string;
  /** What kind of page it is, as readers see it ("Article", "Resource"). */
  kind: string;
}

/**
 * Sorts pages by title in the language's order and groups them by first letter (digits and
 * symbols under "#"), for the A to Z on the search page. Letters are compared without accents,
 * so "Émotions" sits under E.
 */
export function groupAToZ(pages: readonly IndexedPage[], lang: string): { letter: string; pages: IndexedPage[] }[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const sorted = [...pages].sort((a, b) => collator.compare(a.title, b.title));
  const letterOf = (title: string) => {
    const first = title.normalize('NFD').charAt(0).toLocaleUpperCase(lang);
    return /\p{L}/u.test(first) ? first : '#';
  };
  return [...groupBy(sorted, (page) => letterOf(page.title))].map(([letter, group]) => ({ letter, pages: group }));
}
