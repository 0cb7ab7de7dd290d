/**
 * The aria-current value of a header link to `href` on the page at `path`: "page" on its own page,
 * "true" on every page beneath it (an article is in Learn), and none elsewhere.
 */
export function findAriaCurrent(path: string, href: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  return path.startsWith(href) ? 'true' : undefined;
}
