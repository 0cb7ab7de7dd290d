import { describe, expect, test } from 'vitest';
import { extractProse } from '../support/extract-prose';

const article = `---
title: 'What is a self-help group?'
keyPoints:
  - 'A key point is not body prose.'
---
import Chart from '../components/Chart.astro';

export const note = 'not prose';

## Many names, one idea

Self-help groups go by **several** names, such as [mutual aid groups](/glossary/#mutual-aid).

One researcher named this <Term id="experiential-knowledge">experiential knowledge</Term>.<Cite id="borkman-1976" />

<Callout type="tip" title="Take what helps">Keep what helps you and leave the rest.</Callout>

<Callout type="note" title="These figures are old">
  These figures come from one country.

  They are still useful.
</Callout>

<ParticipationFigure />

- **Yourself.** You bring your own effort.
- Each other
  - A nested point

| Area | Peer model |
| --- | --- |
| Help | Free |

> A quotation from someone else.

\`\`\`js
const code = true;
\`\`\`

{/* an MDX comment */}

Groups meet in homes {1 + 1} and run \`inline code\` in churches.
`;

describe('extractProse', () => {
  const prose = extractProse(article);

  test('keeps paragraphs and list items as plain text, in order', () => {
    expect(prose).toEqual([
      'Self-help groups go by several names, such as mutual aid groups.',
      'One researcher named this experiential knowledge.',
      'Keep what helps you and leave the rest.',
      'These figures come from one country.',
      'They are still useful.',
      'Yourself. You bring your own effort.',
      'Each other',
      'A nested point',
      'Groups meet in homes and run in churches.',
    ]);
  });

  test('drops frontmatter, imports, exports, headings, tables, blockquotes, code and expressions', () => {
    const all = prose.join('\n');
    for (const gone of [
      'key point',
      'Chart',
      'not prose',
      'Many names',
      'Area',
      'Free',
      'quotation',
      'const',
      'comment',
    ]) {
      expect(all).not.toContain(gone);
    }
  });

  test('a component without children vanishes; a callout keeps its text but not its title', () => {
    const all = prose.join('\n');
    expect(all).not.toMatch(/Cite|borkman|ParticipationFigure|Take what helps|These figures are old/);
    expect(prose).toContain('Keep what helps you and leave the rest.');
  });

  test('a file of frontmatter and headings only has no prose', () => {
    expect(extractProse('---\ntitle: \'x\'\n---\n\n## Heading\n\n<Cite id="x" />\n')).toEqual([]);
  });
});
