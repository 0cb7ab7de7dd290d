import { formatList } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { Translate } from '../translations/catalogue';

/** The verified parts of a bibliographic record, as the references collection stores them. */
export interface ReferenceDetails {
  citeAs: string;
  authors: string[];
  /** Absent for an undated web page. */
  year?: number | undefined;
  title?: string | undefined;
  container?: string | undefined;
  locator?: string | undefined;
  publisher?: string | undefined;
  doi?: string | undefined;
  status: string;
}

/**
 * Formats a reference from its verified fields only, in a plain author–date style, with the
 * page's `t` and locale (Astro.locals): each part's words and punctuation are a catalogue message.
 * Missing fields are left out, never guessed: a record known only by author and year reads
 * "Silverman (1992)." (the references page says how far each work was checked).
 */
export function formatReference(work: ReferenceDetails, t: Translate, locale: Locale): string {
  const { year } = work;
  const authors = work.authors.length > 0 ? formatList(work.authors, locale) : undefined;
  // Unsigned items are known by their title, so the title leads: "Sharing Solutions" (1992).
  // An undated web page says "no date" where the year goes, rather than a guessed year.
  const parts =
    year === undefined
      ? authors
        ? [t('reference.authorsNoDate', { authors })]
        : work.title
          ? [t('reference.titleNoDate', { title: work.title })]
          : [t('reference.noDate')]
      : authors
        ? [t('reference.authorsYear', { authors, year })]
        : work.title
          ? [t('reference.titleYear', { title: work.title, year })]
          : [t('reference.yearOnly', { year })];
  if (authors && work.title) parts.push(t('reference.title', { title: work.title }));
  if (work.container) {
    parts.push(
      work.locator
        ? t('reference.containerWithLocator', { container: work.container, locator: work.locator })
        : t('reference.container', { container: work.container }),
    );
  }
  if (work.publisher) parts.push(t('reference.publisher', { publisher: work.publisher }));
  if (work.doi) parts.push(t('reference.doi', { doi: work.doi }));
  // A title that ends in a full stop would otherwise get a second one.
  return parts.join(' ').replace(/\.\./g, '.');
}
