import { describe, expect, test } from 'vitest';
import { dropRepeatedAction } from '../../src/utils/drop-repeated-action';
import { listCountriesByNumber } from '../../src/utils/list-countries-by-number';

describe('dropRepeatedAction', () => {
  test.each([
    ['Call 988; menu: press 1 Veterans Crisis Line', '988', 'Menu: press 1 Veterans Crisis Line'],
    ['Dial 988, then press 1', '988', 'Then press 1'],
    ['Call 9-8-8: in English or French', '9-8-8', 'In English or French'],
    ['Call, in English or French', '', 'In English or French'],
  ])('"%s" beside a link to %s reads "%s"', (label, number, shown) => {
    expect(dropRepeatedAction(label, number)).toBe(shown);
  });
  test.each([
    ['Text with a crisis counselor (English)', ''],
    ['National Helpline (1-800-662-HELP)', '1-800-662-4357'],
    ['Call 911 first if you are in danger', '988'],
  ])('keeps "%s" as published', (label, number) => {
    expect(dropRepeatedAction(label, number)).toBe(label);
  });
});

describe('listCountriesByNumber', () => {
  test('lists each number once with its countries, the most widely used first', () => {
    const entries = [
      { country: 'AU', numbers: [{ number: '000' }] },
      { country: 'CA', numbers: [{ number: '911' }] },
      { country: 'IE', numbers: [{ number: '112' }, { number: '999' }] },
      { country: 'MX', numbers: [{ number: '911' }] },
      { country: 'UK', numbers: [{ number: '999' }, { number: '112' }] },
      { country: 'US', numbers: [{ number: '911' }] },
    ];
    expect(listCountriesByNumber(entries)).toEqual([
      { number: '911', countries: ['CA', 'MX', 'US'] },
      { number: '112', countries: ['IE', 'UK'] },
      { number: '999', countries: ['IE', 'UK'] },
      { number: '000', countries: ['AU'] },
    ]);
  });
});
