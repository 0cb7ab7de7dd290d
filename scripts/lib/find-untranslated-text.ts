/**
 * The pseudo-locale check's reader: every piece of text a reader meets on a page (text, alt,
 * titles, labels, an island's data-messages), with what the catalogue wrote (⟦accented⟧) and the
 * values it filled in (‹…›) told apart, so only words that came from neither the catalogue nor
 * content/ are left. See scripts/check-pseudo-locale.ts.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { PSEUDO_CLOSE, PSEUDO_OPEN, VALUE_CLOSE, VALUE_OPEN } from '../../src/i18n/pseudo-localize.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose content no reader reads as words (code samples are data, not interface). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'code', 'pre', 'kbd', 'samp']);
/** Attributes a reader hears or sees. */
const READ_ATTRIBUTES = [
  'alt',
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'placeholder',
  'label',
];
/** <meta> whose content is shown in link previews and search results. */
const READ_META = /^(description|og:title|og:description|og:image:alt|og:site_name|twitter:title|twitter:description)$/;

/** Text a reader meets, with where on the page it was. */
export interface PageText {
  text: string;
  where: string;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** Every text and read attribute of a page, skipping code, scripts and text in another language. */
export function readPageText(html: string): { lang: string; texts: PageText[] } {
  const document = parse(html);
  const texts: PageText[] = [];
  let lang = '';
  const visit = (node: Node, inheritedLang: string): void => {
    if (node.nodeName === '#text') {
      const value = (node as DefaultTreeAdapterTypes.TextNode).value;
      if (value.trim()) texts.push({ text: value, where: 'text' });
      return;
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) visit(child, inheritedLang);
      return;
    }
    const element = node;
    const ownLang = attribute(element, 'lang');
    if (element.tagName === 'html') lang = ownLang ?? '';
    const elementLang = ownLang ?? inheritedLang;
    // Another language's words (a Welsh line name) and translate="no" are not ours to translate.
    if ((lang && elementLang !== lang) || attribute(element, 'translate') === 'no') return;
    if (SKIPPED.has(element.tagName)) return;
    for (const name of READ_ATTRIBUTES) {
      const value = attribute(element, name);
      if (value?.trim()) texts.push({ text: value, where: `${element.tagName}[${name}]` });
    }
    if (element.tagName === 'meta') {
      const key = attribute(element, 'name') ?? attribute(element, 'property') ?? '';
      const content = attribute(element, 'content');
      if (READ_META.test(key) && content) texts.push({ text: content, where: `meta[${key}]` });
    }
    if (element.tagName === 'input' && /^(submit|button|reset)$/.test(attribute(element, 'type') ?? '')) {
      const value = attribute(element, 'value');
      if (value) texts.push({ text: value, where: 'input[value]' });
    }
    const messages = attribute(element, 'data-messages');
    if (messages) {
      for (const [key, value] of Object.entries(JSON.parse(messages) as Record<string, string>)) {
        texts.push({ text: value, where: `data-messages ${key}` });
      }
    }
    const children =
      element.tagName === 'template'
        ? (element as DefaultTreeAdapterTypes.Template).content.childNodes
        : element.childNodes;
    for (const child of children) visit(child, elementLang);
  };
  visit(document, '');
  return { lang, texts };
}

/** A run of pseudo-localized letters: no plain ASCII letter in it, at least one accented one. */
const PSEUDO_WORD = /[^\sA-Za-z0-9⟦⟧‹›]*[\u00C0-\u024F\u1E00-\u1EFF][^\sA-Za-z⟦⟧‹›]*/gu;

/**
 * The pieces of a text that the catalogue did not write: the text split at the catalogue's
 * brackets and value marks, with its accented words and an island's {{placeholders}} removed,
 * trimmed; empty pieces dropped.
 */
export function findPlainPieces(text: string): string[] {
  const separators = new RegExp(`[${PSEUDO_OPEN}${PSEUDO_CLOSE}${VALUE_OPEN}${VALUE_CLOSE}]`, 'u');
  return text
    .replace(/\{\{\s*\w+\s*\}\}/g, ' ')
    .split(separators)
    .flatMap((piece) => piece.split(PSEUDO_WORD))
    .map((piece) => piece.trim())
    .filter((piece) => /[A-Za-z]{2,}/.test(piece));
}

/** Brings text and source to one spelling: typographic quotes and dashes, spaces, case. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/---?|[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .toLowerCase()
    .trim();
}

/**
 * Words that are not English left behind: web and e-mail addresses, paths, the names Intl gives
 * months and days in the page's language, and numbers.
 */
export function stripNonWords(piece: string, intlWords: ReadonlySet<string>): string {
  return piece
    .replace(/\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b/g, ' ')
    .replace(/\b(https?:\/\/|www\.)\S+/g, ' ')
    .replace(/(^|\s)\/\S*/g, ' ')
    .replace(/\b[\w-]+(\.[a-z]{2,})+(\/\S*)?/gi, ' ')
    .replace(/[A-Za-z]+/g, (word) => (intlWords.has(word.toLowerCase()) ? ' ' : word));
}

/** The month and weekday names Intl writes in a language, lower-cased. */
export function listIntlWords(lang: string): Set<string> {
  const words = new Set<string>();
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2026, month, 1));
    for (const style of ['long', 'short'] as const) {
      words.add(new Intl.DateTimeFormat(lang, { month: style, timeZone: 'UTC' }).format(date).toLowerCase());
      words.add(new Intl.DateTimeFormat(lang, { weekday: style, timeZone: 'UTC' }).format(date).toLowerCase());
    }
  }
  return words;
}
