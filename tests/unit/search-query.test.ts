/**
 * The forgiving search's pure parts (src/search/): splitting a query, planning its concepts,
 * ranking by concepts matched, "did you mean", and the whole search against a fake engine.
 */
import { describe, expect, test } from 'vitest';
import type { Lexicon } from '../../src/search/lexicon';
import { listVocabulary } from '../../src/search/list-vocabulary';
import { collectStrings } from '../../src/search/collect-strings';
import { planSearch } from '../../src/search/plan-search';
import { rankByConceptsMatched } from '../../src/search/rank-by-concepts-matched';
import { searchForgivingly, type TermEngine } from '../../src/search/search-forgivingly';
import { splitQuery } from '../../src/search/split-query';
import { measureEditDistance, suggestSpelling } from '../../src/search/suggest-spelling';
import { groupAToZ } from '../../src/search/group-a-to-z';

const lexicon: Lexicon = {
  ignore: ['my', 'too', 'much', 'how', 'do', 'at', 'me'],
  synonyms: [
    { typed: ['husband', 'wife'], finds: ['partner', 'family'] },
    { typed: ['drinks', 'drinking'], finds: ['alcohol'] },
    { typed: ['passed away', 'died'], finds: ['death', 'grief'] },
    { typed: ['near me'], finds: ['local'] },
  ],
};

describe('splitQuery', () => {
  test('lower-cases words and keeps apostrophes and hyphens inside them', () => {
    expect(splitQuery('  My HUSBAND’s  non-religious, 12-step group?! ')).toEqual([
      'my',
      "husband's",
      'non-religious',
      '12-step',
      'group',
    ]);
  });
  test('a query of punctuation has no words', () => {
    expect(splitQuery(' ?! … ')).toEqual([]);
  });
});

describe('planSearch', () => {
  test('drops ignored words and widens everyday words with the site’s words', () => {
    expect(planSearch('my husband drinks too much', lexicon)).toEqual([
      { typed: 'husband', terms: ['husband', 'partner', 'family'] },
      { typed: 'drinks', terms: ['drinks', 'alcohol'] },
    ]);
  });
  test('reads known phrases before single words, even ones containing ignored words', () => {
    expect(planSearch('support near me', lexicon)).toEqual([
      { typed: 'support', terms: ['support'] },
      { typed: 'near me', terms: ['near me', 'local'] },
    ]);
    expect(planSearch('mum passed away', lexicon).map(({ typed }) => typed)).toEqual(['mum', 'passed away']);
  });
  test('a query of only ignored words is searched as typed, each word once', () => {
    expect(planSearch('how do do', lexicon).map(({ typed }) => typed)).toEqual(['how', 'do']);
  });
});

describe('rankByConceptsMatched', () => {
  test('pages matching more concepts come first, then the higher summed score; a page counts once per concept', () => {
    const ranked = rankByConceptsMatched([
      [
        { id: 'a', score: 9, page: 'A' },
        { id: 'b', score: 1, page: 'B' },
        { id: 'b', score: 2, page: 'B' },
      ],
      [
        { id: 'b', score: 1, page: 'B' },
        { id: 'c', score: 20, page: 'C' },
      ],
    ]);
    expect(ranked.map(({ id, conceptsMatched, score }) => [id, conceptsMatched, score])).toEqual([
      ['b', 2, 3],
      ['c', 1, 20],
      ['a', 1, 9],
    ]);
  });
  test('the engine’s score for pages holding every word together is added', () => {
    const ranked = rankByConceptsMatched(
      [
        [
          { id: 'a', score: 5, page: 'A' },
          { id: 'b', score: 4, page: 'B' },
        ],
      ],
      [{ id: 'b', score: 3, page: 'B' }],
    );
    expect(ranked.map(({ id }) => id)).toEqual(['b', 'a']);
  });
});

describe('suggestSpelling', () => {
  const vocabulary = ['support', 'suicide', 'group', 'grief', 'bereavement', 'gambling', 'griefshare'];
  test.each([
    ['sucide', 'suicide'],
    ['bereavment', 'bereavement'],
    ['gambeling', 'gambling'],
    ['gorup', 'group'],
    ['grefshare', 'griefshare'],
  ])('%s → %s', (typed, expected) => {
    expect(suggestSpelling(typed, vocabulary)).toBe(expected);
  });
  test('nothing close enough, or the word itself, suggests nothing', () => {
    expect(suggestSpelling('xylophone', vocabulary)).toBeUndefined();
    expect(suggestSpelling('grp', vocabulary)).toBeUndefined();
    expect(suggestSpelling('group', vocabulary)).toBeUndefined();
  });
  test('among equally close words, the one listed first (the most used) wins', () => {
    expect(suggestSpelling('cart', ['care', 'card'])).toBe('care');
    expect(suggestSpelling('cart', ['card', 'care'])).toBe('card');
  });
  test('edit distance counts a swap of neighbours as one edit', () => {
    expect(measureEditDistance('gorup', 'group')).toBe(1);
    expect(measureEditDistance('kitten', 'sitting')).toBe(3);
    expect(measureEditDistance('', 'abc')).toBe(3);
  });
});

describe('listVocabulary and collectStrings', () => {
  test('words of four letters or more, most used first, without digits or web addresses', () => {
    const texts = collectStrings({
      name: 'Grief group',
      summary: ['A grief line', { more: 'Grief and 988 help' }],
      website: 'https://grief.example',
      email: 'help@grief.example',
      count: 3,
    });
    expect(texts).toEqual(['Grief group', 'A grief line', 'Grief and 988 help']);
    expect(listVocabulary(texts)).toEqual(['grief', 'group', 'help', 'line']);
  });
});

describe('groupAToZ', () => {
  test('sorts titles in the language’s order and groups them by first letter, accents folded, digits under #', () => {
    const page = (title: string) => ({ title, href: `/${title}/`, kind: 'Article' });
    const groups = groupAToZ(
      [page('Samaritans'), page('988 Lifeline'), page('Émotions'), page('al-anon'), page('AA')],
      'en',
    );
    expect(groups.map(({ letter, pages }) => [letter, pages.map(({ title }) => title)])).toEqual([
      ['#', ['988 Lifeline']],
      ['A', ['AA', 'al-anon']],
      ['E', ['Émotions']],
      ['S', ['Samaritans']],
    ]);
  });
});

/** A fake engine over pages given as their words: a word matches a page that holds it. */
function fakeEngine(pages: Record<string, string>): TermEngine<string> & { calls: string[] } {
  const calls: string[] = [];
  const holding = (test: (word: string) => boolean) =>
    Object.entries(pages)
      .map(([id, text]) => ({ id, score: text.split(' ').filter(test).length, page: id }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score);
  return {
    calls,
    findWord: (term) => {
      calls.push(`word:${term}`);
      return Promise.resolve(holding((word) => word === term));
    },
    findWordStart: (start) => {
      calls.push(`start:${start}`);
      return Promise.resolve(holding((word) => word.startsWith(start)));
    },
    findEvery: (words) => {
      calls.push(`every:${words.join(' ')}`);
      const ids = Object.entries(pages)
        .filter(([, text]) => words.every((word) => text.split(' ').includes(word)))
        .map(([id]) => id);
      return Promise.resolve(ids.map((id) => ({ id, score: 1, page: id })));
    },
  };
}

const site = {
  'al-anon': 'family alcohol drinking support',
  widowed: 'partner death grief widowed',
  'secular-recovery': 'secular alcohol recovery',
  'help-now': 'suicide crisis help',
};

describe('searchForgivingly', () => {
  const noVocabulary = () => Promise.reject(new Error('the vocabulary should not load'));

  test('a sentence no page holds in full finds the page matching most of it, through the site’s words', async () => {
    const result = await searchForgivingly('my husband drinks too much', {
      lexicon,
      engine: fakeEngine(site),
      loadVocabulary: noVocabulary,
    });
    expect(result.match).toBe('all');
    expect(result.pages.map(({ id }) => id)[0]).toBe('al-anon');
    expect(result.corrections).toEqual([]);
  });

  test('when no page has every concept, it says so and ranks pages by how many they have', async () => {
    const result = await searchForgivingly('secular widowed', {
      lexicon,
      engine: fakeEngine(site),
      loadVocabulary: noVocabulary,
    });
    expect(result.match).toBe('some');
    expect(result.pages.map(({ id }) => id).sort()).toEqual(['secular-recovery', 'widowed']);
  });

  test('a misspelt word is searched as the closest word the site uses, loading the vocabulary only then', async () => {
    let loads = 0;
    const result = await searchForgivingly('sucide', {
      lexicon,
      engine: fakeEngine(site),
      loadVocabulary: () => {
        loads += 1;
        return Promise.resolve(['support', 'suicide', 'secular']);
      },
    });
    expect(loads).toBe(1);
    expect(result.corrections).toEqual([{ typed: 'sucide', suggestion: 'suicide' }]);
    expect(result.pages.map(({ id }) => id)).toEqual(['help-now']);
    expect(result.match).toBe('all');
  });

  test('nothing close and nothing found is "none", never an error', async () => {
    const result = await searchForgivingly('xylophone', {
      lexicon,
      engine: fakeEngine(site),
      loadVocabulary: () => Promise.resolve(['support']),
    });
    expect(result).toEqual({ pages: [], match: 'none', corrections: [] });
  });

  test('a word still being typed may be the start of a word, but only the last one and only while typing', async () => {
    const engine = fakeEngine(site);
    const typing = await searchForgivingly('secul', { lexicon, engine, loadVocabulary: noVocabulary, typing: true });
    expect(typing.pages.map(({ id }) => id)).toEqual(['secular-recovery']);
    expect(engine.calls).toContain('start:secul');
    const submitted = await searchForgivingly('secul', {
      lexicon,
      engine: fakeEngine(site),
      loadVocabulary: () => Promise.resolve([]),
    });
    expect(submitted.match).toBe('none');
  });

  test('short words match as themselves: "at" is ignored, "aa" is searched whole', async () => {
    const engine = fakeEngine({ ...site, aa: 'aa alcohol', atlas: 'atlas at' });
    const result = await searchForgivingly('AA at', { lexicon, engine, loadVocabulary: noVocabulary });
    expect(result.pages.map(({ id }) => id)).toEqual(['aa']);
    expect(engine.calls).not.toContain('start:aa');
  });

  test('the engine’s own ranking of every typed word together counts only when every word is on the site', async () => {
    const engine = fakeEngine(site);
    await searchForgivingly('family alcohol', { lexicon, engine, loadVocabulary: noVocabulary });
    expect(engine.calls).toContain('every:family alcohol');
    const respelt = fakeEngine(site);
    await searchForgivingly('family alcohl', {
      lexicon,
      engine: respelt,
      loadVocabulary: () => Promise.resolve(['alcohol']),
    });
    expect(respelt.calls.some((call) => call.startsWith('every:'))).toBe(false);
  });
});
