/**
 * Every statistic and every claim the seed attributes to someone carries a <Cite> (issue #3).
 * A paragraph that names a cited author must contain a <Cite>. A paragraph that gives a figure
 * must contain a <Cite>, or link to the vetted directory entry its figure comes from
 * (/resources/<id>/, which gives that organization's checked details and when they were checked).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** Authors and items the seed attributes claims to. */
const ATTRIBUTED =
  /\b(Bartalos|Koop|Katz|Borman|Mullan|Silverman|Riessman|Gartner|Stewart|Borkman|Gallup|Schubert|Maton|Chaudhary)\b/;
/** Figures: numbers of two or more digits, percentages and "one in three" style ratios. */
const FIGURE = /\b\d[\d,]{1,}\b|\bpercent\b|\bone in (?:three|ten)\b|\b\d+ in \d+\b/i;

const dir = new URL('../../content/articles/', import.meta.url);
const articles = readdirSync(dir).filter((name) => name.endsWith('.mdx'));

/** Body paragraphs: front matter, headings, tables and component-only lines left out. */
function paragraphs(source: string): string[] {
  const body = source.replace(/^---[\s\S]*?\n---\n/, '');
  return body
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter((block) => block && !block.startsWith('#') && !block.startsWith('|') && !/^<[A-Z]\w*[^>]*\/>$/.test(block));
}

describe.each(articles)('%s', (name) => {
  const source = readFileSync(new URL(name, dir), 'utf8');
  test('every paragraph that names a source or gives a figure cites it', () => {
    const uncited = paragraphs(source).filter((paragraph) => {
      const cited = paragraph.includes('<Cite ');
      const sourcedFromDirectory = /\]\(\/resources\/[a-z0-9-]+\/\)/.test(paragraph);
      return (ATTRIBUTED.test(paragraph) && !cited) || (FIGURE.test(paragraph) && !cited && !sourcedFromDirectory);
    });
    expect(uncited.map((paragraph) => paragraph.slice(0, 120))).toEqual([]);
  });
});
