/** The parse check over dist/ (issue 19), on the examples it must catch and the page it must pass. */
import { expect, test } from 'vitest';
import { findParseProblems } from '../support/find-parse-problems';

const page = (body: string, after = '') =>
  `<!doctype html><html lang="en"><head><title>x</title></head><body>${body}</body></html>${after}\n`;

test('a well-formed page has no problem', () => {
  expect(findParseProblems(page('<p>Hello</p><script type="module" src="/a.js"></script>'))).toEqual([]);
});

test('a script after </html> is reported, as the Nu checker reports "Stray start tag script"', () => {
  expect(findParseProblems(page('<p>Hello</p>', '<script type="module" src="/a.js"></script>'))).toEqual([
    expect.stringMatching(/^content after <\/body>/),
    expect.stringMatching(/^content after <\/html>/),
  ]);
});

test('content between </body> and </html> is reported', () => {
  expect(findParseProblems(page('<p>Hello</p>').replace('</html>', '<p>late</p></html>'))).toEqual([
    expect.stringMatching(/^content after <\/body>/),
  ]);
});

test('a tokenizer error, such as a duplicate attribute, is reported with its line', () => {
  expect(findParseProblems(page('<p class="a" class="b">Hello</p>'))).toEqual(['duplicate-attribute at line 1']);
});

test('a page without its end tags is reported', () => {
  expect(findParseProblems('<!doctype html><html lang="en"><head><title>x</title></head><body><p>Hi')).toEqual([
    'no </body> end tag',
    'no </html> end tag',
  ]);
});
