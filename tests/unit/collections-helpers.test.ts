import { describe, expect, test } from 'vitest';
import { groupBy } from '../../src/utils/group-by';

describe('groupBy', () => {
  test('keeps the order in which keys first appear', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (item) => item[0]);
    expect([...groups.keys()]).toEqual(['b', 'a', 'c']);
    expect(groups.get('a')).toEqual(['a1', 'a2']);
  });
});
