/** Search facets for a page (Pagefind filters): content type, topics and audiences. */
export interface SearchFacets {
  /** What kind of page this is: Article, Group type, Resource, Glossary, Organizer guide, Help. */
  type: string;
  /** Topic labels. */
  topics?: string[] | undefined;
  /** Audience labels. */
  audiences?: string[] | undefined;
}
