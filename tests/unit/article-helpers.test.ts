import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../scripts/lib/seeded-random';
import { collectCitingPages } from '../../src/utils/collect-citing-pages';
import { estimateReadingMinutes } from '../../src/utils/estimate-reading-minutes';
import { findReadingPathNeighbours } from '../../src/utils/find-reading-path-neighbours';
import { findRelatedArticles } from '../../src/utils/find-related-articles';

const article = (id: string, topics: string[], order?: number) => ({
  id,
  data: { title: id.toUpperCase(), topics, ...(order === undefined ? {} : { order }) },
});

describe('estimateReadingMinutes', () => {
  test('counts words at 200 a minute, rounding up, ignoring markup', () => {
    expect(estimateReadingMinutes('word '.repeat(200))).toBe(1);
    expect(estimateReadingMinutes('word '.repeat(201))).toBe(2);
    expect(estimateReadingMinutes(`<Cite id="katz-1993" /> ${'word '.repeat(400)}`)).toBe(2);
    expect(estimateReadingMinutes('')).toBe(1);
  });
});

describe('findRelatedArticles', () => {
  const first = article('a', ['basics', 'stigma'], 1);
  const second = article('b', ['basics'], 2);
  const all = [first, second, article('c', ['basics', 'stigma'], 3), article('d', ['organizing'])];
  test('ranks by shared topics, then reading order, and leaves out unrelated articles', () => {
    expect(findRelatedArticles(first, all).map((item) => item.id)).toEqual(['c', 'b']);
  });
  test('never lists the article itself and respects the limit', () => {
    expect(findRelatedArticles(second, all, 1).map((item) => item.id)).toEqual(['a']);
  });
  test('gives the same answer as scoring every article, on 300 random articles', () => {
    // The reference: the plain definition, every other article scored by shared topics, ties
    // in reading-path order, then by title. The real function looks only at topic groups.
    const naive = (current: ReturnType<typeof article>, list: ReturnType<typeof article>[], limit: number) =>
      list
        .filter((other) => other.id !== current.id)
        .map((other) => ({ other, shared: other.data.topics.filter((t) => current.data.topics.includes(t)).length }))
        .filter(({ shared }) => shared > 0)
        .sort(
          (a, b) =>
            b.shared - a.shared ||
            (a.other.data.order ?? Infinity) - (b.other.data.order ?? Infinity) ||
            a.other.data.title.localeCompare(b.other.data.title, 'en'),
        )
        .slice(0, limit)
        .map(({ other }) => other.id);
    const next = seededRandom(7);
    const topics = ['basics', 'stigma', 'loss', 'organizing', 'peer'];
    const many = Array.from({ length: 300 }, (_, index) =>
      article(
        `article-${index}`,
        topics.filter(() => next() < 0.35),
        next() < 0.5 ? Math.floor(next() * 40) : undefined,
      ),
    );
    let compared = 0;
    for (const current of many) {
      for (const limit of [1, 3, 5]) {
        expect(findRelatedArticles(current, many, limit).map((item) => item.id)).toEqual(naive(current, many, limit));
        compared += 1;
      }
    }
    expect(compared).toBe(900);
  });
});

describe('findReadingPathNeighbours', () => {
  const all = [article('three', [], 3), article('one', [], 1), article('off-path', []), article('two', [], 2)];
  test('finds previous and next by order', () => {
    const { previous, next } = findReadingPathNeighbours('two', all);
    expect(previous?.id).toBe('one');
    expect(next?.id).toBe('three');
  });
  test('the ends of the path have one neighbour; articles off the path have none', () => {
    expect(findReadingPathNeighbours('one', all).previous).toBeUndefined();
    expect(findReadingPathNeighbours('three', all).next).toBeUndefined();
    expect(findReadingPathNeighbours('off-path', all)).toEqual({ previous: undefined, next: undefined });
  });
});

describe('collectCitingPages', () => {
  test('lists each citing page once per reference, in order', () => {
    const map = collectCitingPages([
      { href: '/learn/a/', title: 'A', citations: [{ id: 'katz-1993' }, { id: 'katz-1993' }] },
      { href: '/groups/b/', title: 'B', citations: [{ id: 'katz-1993' }, { id: 'riessman-1965' }] },
    ]);
    expect(map.get('katz-1993')).toEqual([
      { href: '/learn/a/', title: 'A' },
      { href: '/groups/b/', title: 'B' },
    ]);
    expect(map.get('riessman-1965')).toEqual([{ href: '/groups/b/', title: 'B' }]);
    expect(map.has('borkman-1976')).toBe(false);
  });
});
