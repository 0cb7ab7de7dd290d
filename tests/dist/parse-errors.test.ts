/**
 * Every page parses without an error a strict parser would stop at (issue 19). We chose this over
 * running the W3C Nu checker in `npm test`: the Nu checker needs a Java runtime our machines do
 * not all have (another download and ~300 MB), and what it found here, a script written after
 * </html>, is caught by this check in milliseconds; html-validate (html-valid.test.ts) covers the
 * content model and attributes. tests/unit/find-parse-problems.test.ts shows what it catches.
 */
import { describe, expect, test } from 'vitest';
import { findParseProblems } from '../support/find-parse-problems';
import { listPages, readDist } from '../support/read-dist';

describe.each(listPages())('%s', (file) => {
  test('has no parse error and nothing after </body> or </html>', () => {
    expect(findParseProblems(readDist(file))).toEqual([]);
  });
});
