/**
 * Bad content must fail the build with a message naming the file and the field (issue #2).
 * Each fixture in tests/fixtures/malformed/ breaks exactly one rule; it is dropped into a copy
 * of the real content and `astro sync` (the build's content step) must reject it.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { makeContentRoot } from '../support/make-content-root';

const run = promisify(execFile);
const fixtures = resolve(import.meta.dirname, '../fixtures/malformed');
const roots: string[] = [];

interface Sync {
  code: number;
  output: string;
}

/** Drops terminal colour codes, which some of Astro's messages keep even with NO_COLOR. */
function withoutColour(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

async function sync(overlay: Record<string, string> = {}): Promise<Sync> {
  const root = makeContentRoot(overlay);
  roots.push(root);
  try {
    const { stdout, stderr } = await run('astro', ['sync'], { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { code: 0, output: withoutColour(stdout + stderr) };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: withoutColour(failure.stdout + failure.stderr) };
  }
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Each case: the fixture file (relative to content/), the field the message must name, and words it must use. */
const cases: { file: string; field: string; says: RegExp }[] = [
  { file: 'articles/title-too-long.mdx', field: 'title', says: /60 characters or fewer/ },
  { file: 'articles/description-too-short.mdx', field: 'description', says: /at least 50 characters/ },
  { file: 'articles/impossible-date.mdx', field: 'reviewed', says: /"2025-02-30" is not a real calendar date/ },
  { file: 'articles/unquoted-date.mdx', field: 'nextReview', says: /Write the date in quotes/ },
  { file: 'articles/unknown-citation.mdx', field: 'citations.0', says: /no references entry "riessman-1956"/ },
  { file: 'articles/unknown-topic.mdx', field: 'topics.0', says: /basics/ },
  { file: 'articles/image-without-alt.mdx', field: 'image.alt', says: /needs alt text/ },
  { file: 'articles/review-before-reviewed.mdx', field: 'nextReview', says: /must come after reviewed/ },
  { file: 'group-types/unknown-resource.mdx', field: 'resources.0', says: /no resources entry "alcoholics-anonymus"/ },
  { file: 'group-types/bad-leadership.mdx', field: 'leadership', says: /peer/ },
  { file: 'resources/website-not-a-url.yaml', field: 'website', says: /full web address starting with https/ },
  { file: 'resources/phone-with-letters.yaml', field: 'phones.0.number', says: /digits/ },
  { file: 'resources/no-sources.yaml', field: 'sources', says: /List the sources/ },
  { file: 'glossary/definition-too-short.yaml', field: 'definition', says: /20/ },
  { file: 'references/bad-doi.yaml', field: 'doi', says: /without https:\/\/doi\.org/ },
  { file: 'references/year-out-of-range.yaml', field: 'year', says: /2100/ },
  { file: 'quiz/option-without-reason.yaml', field: 'options.0.reason', says: /needs a short reason/ },
  { file: 'quiz/unknown-group-type.yaml', field: 'options.0.weights.0.groupType', says: /no groupTypes entry/ },
  { file: 'quiz/duplicate-option-ids.yaml', field: 'options', says: /must be unique/ },
  { file: 'toolkit/unknown-kind.mdx', field: 'kind', says: /guide/ },
];

test('the real content passes, so each failure below comes from its fixture alone', async () => {
  const result = await sync();
  expect(result.output).not.toMatch(/error/i);
  expect(result.code).toBe(0);
});

describe.concurrent('malformed content fails with file and field', () => {
  test.each(cases)('$file is rejected at $field', async ({ file, field, says }) => {
    const result = await sync({ [file]: resolve(fixtures, file) });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`content/${file}`);
    const fieldLine = new RegExp(`^\\s*\\**${field.replace(/\./g, '\\.')}\\**: (.*)$`, 'm');
    expect(result.output).toMatch(fieldLine);
    expect(fieldLine.exec(result.output)?.[1]).toMatch(says);
  });
});
