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
  const parts = [authors ? `${authors} (${work.year}).` : `(${work.year}).`];
  if (work.title) parts.push(`${work.title}.`);
  if (work.container) parts.push(work.locator ? `${work.container} ${work.locator}.` : `${work.container}.`);
  if (work.publisher) parts.push(`${work.publisher}.`);
  if (work.doi) parts.push(`doi:${work.doi}`);
  if (!work.title && !work.container && !work.publisher) parts.push('Details as cited in the source text.');
  return parts.join(' ').replace(/\.\./g, '.');
}
