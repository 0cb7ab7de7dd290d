import type { CollectionEntry } from 'astro:content';
import { resourceKinds } from '../config/taxonomy';

type Resource = CollectionEntry<'resources'>;

/**
 * The directory's order: by kind, as the vocabulary lists kinds (crisis lines first), then by name
 * as the page's language sorts words. Shared by /resources/ and its plain pages.
 */
export function sortResources(entries: readonly Resource[], compare: (a: string, b: string) => number): Resource[] {
  const kindOrder: readonly string[] = resourceKinds;
  return [...entries].sort(
    (a, b) => kindOrder.indexOf(a.data.kind) - kindOrder.indexOf(b.data.kind) || compare(a.data.name, b.data.name),
  );
}
