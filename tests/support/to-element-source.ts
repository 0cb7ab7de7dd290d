/**
 * What a browser's element would give readFilterable, from the HTML a component renders: its
 * dataset (the outermost element's data-* attributes) and its textContent (every text node, in
 * order, with character references decoded).
 */
import type { EntrySource } from '../../src/resources/read-filterable';
import { decodeReferences, scanHtml } from './scan-html';

const TAG = /<\/?[a-zA-Z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;
const KNOWN_REFERENCE = /&(?:#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi;

/** Reads one rendered element as the DOM would present it. */
export function toElementSource(html: string): EntrySource {
  const [root] = scanHtml(html);
  if (!root) throw new Error('no element in the rendered HTML');
  // Script and style text is never decoded, and other named references need the full table: neither is handled here.
  if (/<(?:script|style)\b/i.test(html)) throw new Error('the element holds a script or style: not supported');
  const text = html.replace(/<!--[\s\S]*?-->/g, '').replace(TAG, '');
  const unknown = /&[a-z][a-z0-9]*;/i.exec(text.replace(KNOWN_REFERENCE, ''));
  if (unknown) throw new Error(`character reference ${unknown[0]} is not decoded here`);
  const dataset: Record<string, string> = {};
  for (const [name, value] of root.attributes) {
    if (name.startsWith('data-'))
      dataset[name.slice(5).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  return { dataset, textContent: decodeReferences(text) };
}
