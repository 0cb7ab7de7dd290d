import { describe, expect, test } from 'vitest';
import { calendarDate, isCalendarDate } from '../../src/schemas/calendar-date';

describe('isCalendarDate', () => {
  test.each(['2026-11-27', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (text) => {
    expect(isCalendarDate(text)).toBe(true);
  });
  test.each(['2025-02-30', '2023-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-1-5', '27/11/2026', ''])(
    'rejects %s',
    (text) => {
      expect(isCalendarDate(text)).toBe(false);
    },
  );
});

describe('calendarDate schema', () => {
  test('turns a quoted date into a UTC midnight Date', () => {
    expect(calendarDate().parse('2026-11-27').toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });
  test('rejects 30 February, which z.coerce.date() would turn into 2 March', () => {
    const result = calendarDate().safeParse('2025-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('not a real calendar date');
  });
  test('rejects a Date object, because YAML has already rolled any impossible date over', () => {
    const result = calendarDate().safeParse(new Date('2025-03-02'));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('in quotes');
  });
});
