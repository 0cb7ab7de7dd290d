import { describe, expect, test } from 'vitest';
import { seededRandom } from '../../scripts/lib/seeded-random';
import { collectCitingPages } from '../../src/utils/collect-citing-pages';
import { estimateReadingMinutes } from '../../src/utils/estimate-reading-minutes';
import { findReadingPathNeighbours } from '../../src/utils/find-reading-path-neighbours';
import { findRelatedArticles } from '../../src/utils/find-related-articles';
import { compareReadingOrder, listReadingPath, sortArticles } from '../../src/utils/sort-articles';
import { readdirSync, readFileSync } from 'node:fs';
import { readingStages, type ReadingStage } from '../../src/config/taxonomy';
import { groupArticlesByStage } from '../../src/utils/group-articles-by-stage';
import { defaultLocale } from '../../src/i18n/locales';
import en from '../../src/translations/en';

const locale = defaultLocale;

const article = (id: string, topics: string[], order?: number) => ({
  id,
  data: { title: id.toUpperCase(), topics, ...(order === undefined ? {} : { order }) },
});

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('the reading order (compareReadingOrder)', () => {
  test('puts the reading path first, by order, then the other articles by title', () => {
    const articles = [
      { id: 'z', data: { title: 'Zebra' } },
      { id: 'two', data: { title: 'Second', order: 2 } },
      { id: 'a', data: { title: 'Apple' } },
      { id: 'one', data: { title: 'First', order: 1 } },
    ];
    expect(ids(sortArticles(articles, locale))).toEqual(['one', 'two', 'a', 'z']);
    expect(ids([...articles].sort(compareReadingOrder(locale)))).toEqual(['one', 'two', 'a', 'z']);
  });
  test('compares titles as the language sorts words, not by code point', () => {
    const articles = [
      { id: 'zebra', data: { title: 'Zebra' } },
      { id: 'eclair', data: { title: 'Éclair' } },
      { id: 'banana', data: { title: 'Banana' } },
      { id: 'apple', data: { title: 'apple' } },
    ];
    expect(ids(sortArticles(articles, locale))).toEqual(['apple', 'banana', 'eclair', 'zebra']);
  });
  test('two articles with the same place on the path are ordered by title', () => {
    const articles = [
      { id: 'b', data: { title: 'B', order: 1 } },
      { id: 'a', data: { title: 'A', order: 1 } },
    ];
    expect(ids(sortArticles(articles, locale))).toEqual(['a', 'b']);
  });
  test('the reading path is the articles with an order, in reading order', () => {
    const articles = [
      { id: 'off', data: { title: 'Off the path' } },
      { id: 'two', data: { title: 'Two', order: 2 } },
      { id: 'one', data: { title: 'One', order: 1 } },
    ];
    expect(ids(listReadingPath(articles, locale))).toEqual(['one', 'two']);
  });
  test('the Learn list, the reading path and related articles all follow it, on 200 random articles', () => {
    const next = seededRandom(11);
    const topics = ['basics', 'stigma', 'loss'];
    // Few distinct orders and titles, so ties on both happen.
    const many = Array.from({ length: 200 }, (_, index) => ({
      id: `article-${index}`,
      data: {
        title: `Title ${Math.floor(next() * 30)}`,
        topics: topics.filter(() => next() < 0.5),
        ...(next() < 0.5 ? { order: 1 + Math.floor(next() * 20) } : {}),
      },
    }));
    const order = sortArticles(many, locale);
    const rank = new Map(order.map((article, index) => [article.id, index]));
    // The reading path is the Learn order with the articles off the path left out.
    const path = listReadingPath(many, locale);
    expect(ids(path)).toEqual(ids(order.filter((article) => article.data.order !== undefined)));
    // Previous and next are the neighbours on that path.
    path.forEach((article, index) => {
      const { previous, next: following } = findReadingPathNeighbours(article.id, many, locale);
      expect(previous?.id).toBe(path[index - 1]?.id);
      expect(following?.id).toBe(path[index + 1]?.id);
    });
    // Related articles that share as many topics keep the Learn order.
    for (const current of many) {
      const related = findRelatedArticles(current, many, locale, 5);
      const shared = (other: (typeof many)[number]) =>
        other.data.topics.filter((topic) => current.data.topics.includes(topic)).length;
      for (let index = 1; index < related.length; index += 1) {
        const [before, after] = [related[index - 1], related[index]];
        if (!before || !after || shared(before) !== shared(after)) continue;
        expect(rank.get(before.id)).toBeLessThan(rank.get(after.id) ?? -1);
      }
    }
  });
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
    expect(findRelatedArticles(first, all, locale).map((item) => item.id)).toEqual(['c', 'b']);
  });
  test('never lists the article itself and respects the limit', () => {
    expect(findRelatedArticles(second, all, locale, 1).map((item) => item.id)).toEqual(['a']);
  });
  test('gives the same answer as scoring every article, on 300 random articles', () => {
    // The reference: the plain definition, every other article scored by shared topics, ties
    // in reading order. The real function looks only at topic groups.
    const inReadingOrder = compareReadingOrder(locale);
    const naive = (current: ReturnType<typeof article>, list: ReturnType<typeof article>[], limit: number) =>
      list
        .filter((other) => other.id !== current.id)
        .map((other) => ({ other, shared: other.data.topics.filter((t) => current.data.topics.includes(t)).length }))
        .filter(({ shared }) => shared > 0)
        .sort((a, b) => b.shared - a.shared || inReadingOrder(a.other, b.other))
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
        expect(findRelatedArticles(current, many, locale, limit).map((item) => item.id)).toEqual(
          naive(current, many, limit),
        );
        compared += 1;
      }
    }
    expect(compared).toBe(900);
  });
});

describe('findReadingPathNeighbours', () => {
  const all = [article('three', [], 3), article('one', [], 1), article('off-path', []), article('two', [], 2)];
  test('finds previous and next by order', () => {
    const { previous, next } = findReadingPathNeighbours('two', all, locale);
    expect(previous?.id).toBe('one');
    expect(next?.id).toBe('three');
  });
  test('the ends of the path have one neighbour; articles off the path have none', () => {
    expect(findReadingPathNeighbours('one', all, locale).previous).toBeUndefined();
    expect(findReadingPathNeighbours('three', all, locale).next).toBeUndefined();
    expect(findReadingPathNeighbours('off-path', all, locale)).toEqual({ previous: undefined, next: undefined });
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

describe('groupArticlesByStage (the Learn page)', () => {
  const staged = (id: string, stage: ReadingStage, order?: number) => ({
    id,
    data: { title: id.toUpperCase(), stage, ...(order === undefined ? {} : { order }) },
  });

  test('lists the parts of the path in their order, each with its articles in reading order, and skips empty parts', () => {
    const sections = groupArticlesByStage(
      [
        staged('d', 'taking-part', 9),
        staged('b', 'start-here', 2),
        staged('c', 'start-here'),
        staged('a', 'start-here', 1),
      ],
      locale,
    );
    expect(sections.map(({ stage, articles }) => [stage, ids(articles)])).toEqual([
      ['start-here', ['a', 'b', 'c']],
      ['taking-part', ['d']],
    ]);
  });

  test('every stage has a heading and a line of introduction in the catalogue', () => {
    for (const stage of readingStages) {
      expect(en[`learnStage.${stage}`]).toMatch(/\w/);
      expect(en[`learnStageIntro.${stage}`]).toMatch(/\w{3,}.*\.$/);
    }
  });

  test('along the real reading path the parts never go back, so the Learn page reads in path order', () => {
    const dir = new URL('../../content/articles/', import.meta.url);
    const articles = readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const text = readFileSync(new URL(name, dir), 'utf8');
        const field = (key: string) => new RegExp(`^${key}: '?([^'\n]+)'?$`, 'm').exec(text)?.[1];
        const order = field('order');
        return staged(name, field('stage') as ReadingStage, order === undefined ? undefined : Number(order));
      });
    expect(articles.length).toBeGreaterThan(3);
    const stagesAlongPath = listReadingPath(articles, locale).map((article) =>
      readingStages.indexOf(article.data.stage),
    );
    expect(stagesAlongPath).not.toContain(-1);
    expect(stagesAlongPath).toEqual([...stagesAlongPath].sort((a, b) => a - b));
    // The Learn page, section by section, lists exactly the reading order.
    expect(groupArticlesByStage(articles, locale).flatMap((section) => ids(section.articles))).toEqual(
      ids(sortArticles(articles, locale)),
    );
  });
});
