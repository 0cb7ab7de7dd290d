/**
 * Finds text glued to an inline element: "was on<time>27 November</time>", "our<a>resources
 * page</a>", "<a>kinds of group</a>and". The words are in the HTML but the space between them is
 * not, so the page reads "was on27 November". Only the elements that carry words inside running
 * text are checked (links, dates, code, emphasis); punctuation that belongs against a word (a
 * full stop after a link, an opening bracket before one) is not a fault.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Inline elements whose text is words read as part of the sentence around them. */
const CHECKED = new Set(['a', 'time', 'code', 'strong', 'em', 'b', 'i', 'abbr', 'mark', 'kbd', 'q', 'cite', 'dfn']);
/** Elements that start a new line or box: text on either side of them never runs together. */
const BREAKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'button',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'img',
  'input',
  'label',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'select',
  'summary',
  'table',
  'td',
  'textarea',
  'th',
  'tr',
  'ul',
]);
/** Elements with no words a reader sees in the page's flow. */
const SKIPPED = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe']);
/** May touch the end of a word: "see <a>the list</a>." */
const CLOSING = /^[.,;:!?)\]}’”'"…%]$/u;
/** May touch the start of a word: "(<a>source</a>)". */
const OPENING = /^[([{‘“'"#$£€]$/u;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/** One place where an element's text touches its neighbour with no space. */
export interface GluedText {
  /** The element, e.g. "a" or "time". */
  element: string;
  /** The text around the join, with "|" where the element starts or ends: "on|27 Nov". */
  context: string;
}

/** A run of text with the elements that start and end in it, in document order. */
type Piece = { kind: 'text'; text: string } | { kind: 'open' | 'close'; id: number; name: string } | { kind: 'break' };

function flatten(node: Node, pieces: Piece[], counter: { next: number }, inSup: boolean): void {
  if (node.nodeName === '#text') {
    pieces.push({ kind: 'text', text: (node as DefaultTreeAdapterTypes.TextNode).value });
    return;
  }
  if (!('childNodes' in node)) return;
  if (!('tagName' in node)) {
    for (const child of node.childNodes) flatten(child, pieces, counter, inSup);
    return;
  }
  const element: Element = node;
  const has = (name: string) => element.attrs.some((attr) => attr.name === name);
  if (SKIPPED.has(element.tagName) || has('hidden')) return;
  // A popup (a glossary term's definition) is its own box, never part of the line beside it.
  const popup = has('popover') || /^(tooltip|dialog)$/.test(element.attrs.find((a) => a.name === 'role')?.value ?? '');
  const breaks = BREAKS.has(element.tagName) || popup;
  // A note marker ("word<sup>[2]</sup>") is meant to touch the word it follows.
  const checked = CHECKED.has(element.tagName) && !inSup;
  const id = counter.next++;
  if (breaks) pieces.push({ kind: 'break' });
  if (checked) pieces.push({ kind: 'open', id, name: element.tagName });
  for (const child of element.childNodes) flatten(child, pieces, counter, inSup || element.tagName === 'sup');
  if (checked) pieces.push({ kind: 'close', id, name: element.tagName });
  if (breaks) pieces.push({ kind: 'break' });
}

/** Whether two characters that meet at an element's edge read as one word. */
function glued(before: string, after: string): boolean {
  if (!before || !after || SPACE.test(before) || SPACE.test(after)) return false;
  if (CLOSING.test(after) || OPENING.test(before)) return false;
  return WORD.test(before) || WORD.test(after);
}

/** Lists every place on a page where an inline element's text runs into the text beside it. */
export function findGluedText(html: string): GluedText[] {
  const pieces: Piece[] = [];
  flatten(parse(html), pieces, { next: 0 }, false);
  // One string of the page's flow text, with a space for each break, and the offsets of each edge.
  let text = '';
  const edges: { at: number; name: string }[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'text') text += piece.text;
    else if (piece.kind === 'break') text += ' ';
    else edges.push({ at: text.length, name: piece.name });
  }
  const found: GluedText[] = [];
  const seen = new Set<number>();
  for (const { at, name } of edges) {
    if (seen.has(at) || !glued(text[at - 1] ?? '', text[at] ?? '')) continue;
    seen.add(at);
    const context = `${text.slice(Math.max(0, at - 20), at)}|${text.slice(at, at + 20)}`.replace(/\s+/g, ' ').trim();
    found.push({ element: name, context });
  }
  return found;
}
