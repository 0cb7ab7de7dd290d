import { describe, expect, test } from 'vitest';
import { findUnconfirmedLines } from '../../scripts/lib/find-unconfirmed-lines';

describe('findUnconfirmedLines (npm run check:external)', () => {
  test('finds a number however the page spaces it', () => {
    expect(findUnconfirmedLines(['1-800-662-4357', '116 123'], ['Call 1 (800) 662 4357', 'Ring 116123 free'])).toEqual(
      [],
    );
  });

  test('reports a number no page shows, and one whose digits are only split across two numbers', () => {
    expect(findUnconfirmedLines(['988', '741741'], ['Call 911 or 112.', 'Text 741\n741 is not one number'])).toEqual([
      '988',
      '741741',
    ]);
  });

  test('reports a line with no digits, which a page cannot confirm', () => {
    expect(findUnconfirmedLines(['Text HOME to 741741', 'Use the app'], ['text HOME to 741741'])).toEqual([
      'Use the app',
    ]);
  });
});
