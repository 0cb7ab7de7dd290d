import { join } from 'node:path';
import { listFiles } from '../utils/list-files';

/** The content directory: `content/`, or CONTENT_DIR for the benchmark and malformed-content tests. */
export const contentDir = (process.env['CONTENT_DIR'] ?? './content').replace(/\/$/, '');

/** Where each collection's files live under the content directory, and their extension. */
export const collectionFiles = {
  articles: { folder: 'articles', extension: '.mdx' },
  groupTypes: { folder: 'group-types', extension: '.mdx' },
  resources: { folder: 'resources', extension: '.yaml' },
  glossary: { folder: 'glossary', extension: '.yaml' },
  references: { folder: 'references', extension: '.yaml' },
  quiz: { folder: 'quiz', extension: '.yaml' },
  toolkit: { folder: 'toolkit', extension: '.mdx' },
  emergencyNumbers: { folder: 'emergency-numbers', extension: '.yaml' },
  localFinders: { folder: 'local-finders', extension: '.yaml' },
  searchLexicons: { folder: 'search', extension: '.yaml' },
} as const;
export type CollectionName = keyof typeof collectionFiles;

const cache = new Map<CollectionName, Set<string>>();

/**
 * Lists the entry ids of a collection straight from the files, the way the glob loader names
 * them (path without extension). Read once per build.
 */
export function listEntryIds(collection: CollectionName): Set<string> {
  const cached = cache.get(collection);
  if (cached) return cached;
  const { folder, extension } = collectionFiles[collection];
  const base = join(contentDir, folder);
  const ids = new Set(listFiles(base, extension).map((path) => path.slice(0, -extension.length)));
  cache.set(collection, ids);
  return ids;
}
