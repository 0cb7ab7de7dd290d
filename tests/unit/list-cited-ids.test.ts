import { describe, expect, test } from 'vitest';
import { listCitedIds, numberCitations } from '../../src/utils/list-cited-ids';

describe('listCitedIds', () => {
  test('lists ids by first appearance, once each, with either quote style', () => {
    const body = `A.<Cite id="katz-1993" /> B.<Cite  id='riessman-1965'/> C.<Cite id="katz-1993" />`;
    expect(listCitedIds(body)).toEqual(['katz-1993', 'riessman-1965']);
  });
  test('ignores other components and plain author–year text', () => {
    expect(listCitedIds('<Term id="stigma">stigma</Term> (Katz 1979)')).toEqual([]);
  });
});

describe('numberCitations', () => {
  test('returns the order when every cited work is listed', () => {
    expect(numberCitations('<Cite id="b" /><Cite id="a" />', ['a', 'b'], 'x.mdx')).toEqual(['b', 'a']);
  });
  test('fails, naming the file, when a cited work is not in the front matter', () => {
    expect(() => numberCitations('<Cite id="katz-1993" />', ['riessman-1965'], 'content/articles/x.mdx')).toThrow(
      /content\/articles\/x\.mdx: <Cite id="katz-1993" \/> is not listed/,
    );
  });
  test('fails when a <Cite> has an empty id', () => {
    expect(() => numberCitations('<Cite id="" />', [], 'x.mdx')).toThrow(/needs an id/);
  });
});
