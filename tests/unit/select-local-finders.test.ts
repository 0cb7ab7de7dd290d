/** selectLocalFinders: which ways to find a group a reader sees, by country. */
import { expect, test } from 'vitest';
import type { NeedTopic } from '../../src/config/taxonomy';
import { selectLocalFinders } from '../../src/utils/select-local-finders';

interface Way {
  id: string;
  topics: NeedTopic[];
}
const countries: { country: string; ways: Way[] }[] = [
  {
    country: 'US',
    ways: [
      { id: '211', topics: ['general'] },
      { id: 'hospice', topics: ['grief'] },
    ],
  },
  { country: 'UK', ways: [{ id: 'nhs', topics: ['mental-health'] }] },
];
const shown = (topics: NeedTopic[]) =>
  selectLocalFinders(countries, topics).map(
    ({ country, ways }) => `${country}: ${ways.map((way) => way.id).join(' ')}`,
  );

test('keeps the ways for the reader\u2019s topics and the general ones, in file order', () => {
  expect(shown(['grief'])).toEqual(['US: 211 hospice']);
  expect(shown(['mental-health', 'grief'])).toEqual(['US: 211 hospice', 'UK: nhs']);
});

test('leaves out a country with nothing for the reader, and keeps general ways for any topic', () => {
  expect(shown(['mental-health'])).toEqual(['US: 211', 'UK: nhs']);
  expect(shown(['cancer'])).toEqual(['US: 211']);
  expect(shown([])).toEqual(['US: 211']);
});
