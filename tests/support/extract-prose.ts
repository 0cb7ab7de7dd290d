/**
 * The body prose of an MDX article, as plain text: one string per paragraph or list item.
 *
 * The readability and inclusive-language checks read this, so it keeps only what a reader reads
 * as running text: paragraphs and list items, with links, emphasis and inline components such as
 * `<Term id="x">words</Term>` reduced to their words. It drops frontmatter, headings (labels, not
 * sentences), tables, blockquotes (mostly quoted words of others), code, images, HTML, imports and
 * exports, `{expressions}`, and components without children such as `<Cite id="x" />` or figures.
 * A block component with children, such as `<Callout title="...">text</Callout>`, keeps its
 * children as prose; its attributes (the callout's title) are labels and are dropped.
 */
import type { ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// GFM so that tables (and footnotes) are parsed as such, not as paragraphs full of pipes.
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkMdx);

export function extractProse(mdxSource: string): string[] {
  const tree: Root = parser.parse(mdxSource);
  const prose: string[] = [];
  collectBlocks(tree.children, prose);
  return prose;
}

function collectBlocks(nodes: readonly RootContent[], prose: string[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        push(prose, phrasingText(node.children));
        break;
      case 'list':
        for (const item of node.children) collectListItem(item, prose);
        break;
      case 'mdxJsxFlowElement':
        // <Callout>…</Callout> keeps its text; <Cite />, <ParticipationFigure /> have none.
        collectBlocks(node.children, prose);
        break;
      default:
        // heading, table, blockquote, code, html, thematicBreak, definition, footnoteDefinition,
        // yaml, toml, mdxjsEsm, mdxFlowExpression: not body prose.
        break;
    }
  }
}

/** One list item is one entry: its own paragraphs joined; nested lists give their own entries. */
function collectListItem(item: ListItem, prose: string[]): void {
  const own: string[] = [];
  const nested: RootContent[] = [];
  for (const child of item.children) {
    if (child.type === 'paragraph') own.push(phrasingText(child.children));
    else nested.push(child);
  }
  push(prose, own.join(' '));
  collectBlocks(nested, prose);
}

function phrasingText(nodes: readonly PhrasingContent[]): string {
  return nodes.map(phrasingNodeText).join('');
}

function phrasingNodeText(node: PhrasingContent): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'break':
      return ' ';
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'link':
    case 'linkReference':
      return phrasingText(node.children);
    case 'mdxJsxTextElement':
      // <Term id="x">words</Term> keeps "words"; <Cite id="x" /> has no children and vanishes.
      return phrasingText(node.children);
    default:
      // inlineCode, image, imageReference, html, footnoteReference, mdxTextExpression.
      return '';
  }
}

function push(prose: string[], text: string): void {
  const clean = text
    .replace(/\s+/g, ' ')
    // A dropped component can leave a space before punctuation: "the group <Cite id="x" />."
    .replace(/ ([.,;:!?)])/g, '$1')
    .trim();
  if (clean !== '') prose.push(clean);
}
