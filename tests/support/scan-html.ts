/**
 * A small HTML scanner for the CSP check: every start tag with its attributes, and the text of
 * raw-text elements (script, style) exactly as a browser's parser hands it to CSP. No HTML
 * parser is installed, so this follows the HTML standard's tokenizer for the cases our pages
 * use, and throws on the ones it does not follow rather than guess.
 */

/** One start tag; `text` is set for raw-text elements. */
export interface ScannedElement {
  name: string;
  attributes: Map<string, string>;
  text?: string;
}

/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Foreign content: inside these, script and style are parsed as markup (entities decoded), which this scanner does not do. */
const FOREIGN = new Set(['svg', 'math']);

const START_TAG = /<([a-zA-Z][^\t\n\f />]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const ATTRIBUTE = /([^\t\n\f />"'=]+)(?:[\t\n\f ]*=[\t\n\f ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f >]+)))?/g;
const END_TAG = /<\/([a-zA-Z][^\t\n\f />]*)[^>]*>/y;

/** Decodes the character references Astro writes in attribute values; others are left as written. */
export function decodeReferences(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return value.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi,
    (whole, hex?: string, dec?: string, name?: string) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (dec) return String.fromCodePoint(Number(dec));
      return named[name?.toLowerCase() ?? ''] ?? whole;
    },
  );
}

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', double, single, bare] of source.matchAll(ATTRIBUTE)) {
    // A repeated attribute is ignored by browsers: the first one counts.
    const key = name.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeReferences(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

/** Lists the start tags of a page in document order, with raw-text contents. */
export function scanHtml(source: string): ScannedElement[] {
  // The parser's first step turns CR LF and lone CR into LF; CSP hashes the text after it.
  const html = source.replace(/\r\n?/g, '\n');
  const elements: ScannedElement[] = [];
  let foreignDepth = 0;
  let at = html.indexOf('<');
  while (at !== -1) {
    let next = at + 1;
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end === -1) throw new Error(`unclosed comment at offset ${at}`);
      next = end + 3;
    } else if (html[at + 1] === '/') {
      END_TAG.lastIndex = at;
      const end = END_TAG.exec(html);
      if (end && FOREIGN.has(end[1]?.toLowerCase() ?? '')) foreignDepth = Math.max(0, foreignDepth - 1);
      if (end) next = END_TAG.lastIndex;
    } else {
      START_TAG.lastIndex = at;
      const tag = START_TAG.exec(html);
      if (tag) {
        const name = (tag[1] ?? '').toLowerCase();
        const selfClosing = (tag[2] ?? '').trimEnd().endsWith('/');
        const element: ScannedElement = { name, attributes: readAttributes(tag[2] ?? '') };
        next = START_TAG.lastIndex;
        if (FOREIGN.has(name) && !selfClosing) foreignDepth += 1;
        // In <svg> and <math> nothing is raw text: a <title> there is markup; a script or style is not supported.
        if (foreignDepth > 0 && (name === 'script' || name === 'style')) {
          throw new Error(`<${name}> inside <svg> or <math> at offset ${at}: not supported`);
        }
        if (RAW_TEXT.has(name) && foreignDepth === 0) {
          const close = new RegExp(`</${name}[\\t\\n\\f />]`, 'gi');
          close.lastIndex = next;
          const end = close.exec(html);
          if (!end) throw new Error(`<${name}> at offset ${at} has no end tag`);
          element.text = html.slice(next, end.index);
          // "<!--" inside a script switches the tokenizer into its escaped states, which can move the end.
          if (name === 'script' && element.text.includes('<!--')) {
            throw new Error(`<script> at offset ${at} contains "<!--": its end cannot be found this simply`);
          }
          next = end.index;
        }
        elements.push(element);
      }
    }
    at = html.indexOf('<', next);
  }
  return elements;
}
