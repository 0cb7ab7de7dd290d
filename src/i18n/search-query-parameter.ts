/**
 * The URL parameter the search page reads its query from (/search/?q=…): the search page's form,
 * the home page's search box and the OpenSearch file all name it through this. A module of its
 * own, with no imports, so the search page's script can read it without bundling the routes.
 */
export const searchQueryParameter = 'q';
