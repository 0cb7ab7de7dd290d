/** The verified parts of a bibliographic record, as the references collection stores them. */
export interface ReferenceDetails {
  citeAs: string;
  authors: string[];
  year: number;
  title?: string | undefined;
  container?: string | undefined;
  locator?: string | undefined;
  publisher?: string | undefined;
  doi?: string | undefined;
  status: string;
}

/**
 * Formats a reference from its verified fields only, in a plain author–date style.
 * Missing fields are left out, never guessed; a record with only an author and year says so.
 */
export function formatReference(work: ReferenceDetails): string {
  const authors = work.authors.length > 0 ? work.authors.join(', ') : undefined;
  // Unsigned items are known by their title, so the title leads: "Sharing Solutions" (1992).
  const parts = authors
    ? [`${authors} (${work.year}).`]
    : work.title
      ? [`“${work.title}” (${work.year}).`]
      : [`(${work.year}).`];
  if (authors && work.title) parts.push(`${work.title}.`);
  if (work.container) parts.push(work.locator ? `${work.container} ${work.locator}.` : `${work.container}.`);
  if (work.publisher) parts.push(`${work.publisher}.`);
  if (work.doi) parts.push(`doi:${work.doi}`);
  if (!work.container && !work.publisher && !work.doi) parts.push('Details as cited in the source text.');
  return parts.join(' ').replace(/\.\./g, '.');
}
