import { expect, test } from 'vitest';
import { setCitationOrder } from '../../src/utils/set-citation-order';

const entry = (body: string, citations: string[]) => ({
  id: 'example',
  body,
  filePath: 'content/articles/example.mdx',
  data: { citations: citations.map((id) => ({ id })) },
});

test('numbers citations by first use and hands the order to the page', () => {
  const locals: Pick<App.Locals, 'citationOrder' | 'citationUses'> = {};
  const order = setCitationOrder(locals, entry('A.<Cite id="b" /> B.<Cite id="a" /> C.<Cite id="b" />', ['a', 'b']));
  expect(order).toEqual(['b', 'a']);
  expect(locals.citationOrder).toEqual(['b', 'a']);
});

test('names the file when a citation is missing from the front matter', () => {
  expect(() => setCitationOrder({}, entry('A.<Cite id="c" />', ['a']))).toThrow(
    'content/articles/example.mdx: <Cite id="c" /> is not listed',
  );
});
