/** Which organizations a suggestion offers, and the plain page of one situation (issue 16). */
import { describe, expect, test } from 'vitest';
import { chooseOrganizations } from '../../src/quiz/choose-organizations';
import { listOfferable } from '../../src/quiz/list-offerable';
import { rankSituation } from '../../src/quiz/rank-situation';

const organizations = [
  { id: 'church-grief', topics: ['grief'], approach: 'faith-based', formats: ['in-person'] },
  { id: 'online-grief', topics: ['grief'], approach: 'secular', formats: ['online'] },
  { id: 'unknown-grief', topics: ['grief'], formats: ['in-person'] },
  { id: 'cancer', topics: ['cancer'], approach: 'not-applicable', formats: ['in-person'] },
];
const wish = { topics: ['grief'], avoids: [] as string[], ruledOut: new Set<string>(), meets: [] as string[] };
const ids = (list: { id: string }[]) => list.map(({ id }) => id);

describe('chooseOrganizations', () => {
  test('offers only organizations on the situation’s topics, in the given order', () => {
    expect(ids(chooseOrganizations(organizations, wish, 10))).toEqual([
      'church-grief',
      'online-grief',
      'unknown-grief',
    ]);
  });
  test('leaves out an approach the person would rather avoid, and what belongs to a kind they ruled out', () => {
    const chosen = chooseOrganizations(
      organizations,
      { ...wish, avoids: ['faith-based'], ruledOut: new Set(['unknown-grief']) },
      10,
    );
    expect(ids(chosen)).toEqual(['online-grief']);
  });
  test('puts first those that meet the way the person asked for, then keeps the limit', () => {
    expect(ids(chooseOrganizations(organizations, { ...wish, meets: ['online'] }, 2))).toEqual([
      'online-grief',
      'church-grief',
    ]);
  });
});

test('listOfferable drops crisis lines and what cannot be reached', () => {
  const resources = [
    { id: 'line', kind: 'crisis-line', phones: [{}], texts: [] },
    { id: 'silent', kind: 'group-network', phones: [], texts: [] },
    { id: 'site', kind: 'group-network', website: 'https://example.org', phones: [], texts: [] },
    { id: 'phone', kind: 'helpline', phones: [{}], texts: [] },
  ];
  expect(ids(listOfferable(resources, (resource) => resource))).toEqual(['site', 'phone']);
});

test('rankSituation orders the fitting kinds by weight, each with its own reason, and calls close only those near the best', () => {
  const ranked = rankSituation({
    id: 'loss',
    reason: 'The answer’s reason.',
    meets: [],
    topics: ['grief'],
    avoids: [],
    excludes: [],
    weights: [
      { groupType: 'faith', weight: 1, reason: 'Why faith groups fit.' },
      { groupType: 'grief', weight: 3 },
      { groupType: 'online', weight: -3 },
      { groupType: 'peers', weight: 2 },
    ],
  });
  expect(ranked.map(({ groupType, strength, reasons }) => [groupType, strength, reasons])).toEqual([
    ['grief', 'close', ['The answer’s reason.']],
    ['peers', 'close', ['The answer’s reason.']],
    ['faith', 'also', ['Why faith groups fit.']],
  ]);
});
