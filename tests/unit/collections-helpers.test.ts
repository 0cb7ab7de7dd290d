import { describe, expect, test } from 'vitest';
import { groupBy } from '../../src/utils/group-by';
import { sortArticles } from '../../src/utils/sort-articles';
import { formatDate } from '../../src/utils/format-date';

describe('groupBy', () => {
  test('keeps the order in which keys first appear', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (item) => item[0]);
    expect([...groups.keys()]).toEqual(['b', 'a', 'c']);
    expect(groups.get('a')).toEqual(['a1', 'a2']);
  });
});

describe('sortArticles', () => {
  test('puts the reading path first, in order, then the rest by title', () => {
    const articles = [
      { id: 'z', data: { title: 'Zebra' } },
      { id: 'two', data: { title: 'Second', order: 2 } },
      { id: 'a', data: { title: 'Apple' } },
      { id: 'one', data: { title: 'First', order: 1 } },
    ];
    expect(sortArticles(articles).map((article) => article.id)).toEqual(['one', 'two', 'a', 'z']);
  });
});

describe('formatDate', () => {
  test('writes dates the GOV.UK way, in UTC', () => {
    expect(formatDate(new Date('2026-11-27T00:00:00Z'))).toBe('27 November 2026');
  });
});
