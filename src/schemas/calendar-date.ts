import { z } from 'astro/zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a YYYY-MM-DD date that exists on the calendar (no 30 February). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A real calendar date written as a quoted 'YYYY-MM-DD' string, turned into a UTC Date.
 *
 * YAML parsers turn an unquoted 2025-02-30 into 2 March before any schema sees it (and
 * `z.coerce.date()` does the same with strings), so an impossible date would slip through.
 * Requiring quotes keeps the text intact and lets us reject it with a clear message.
 */
export function calendarDate() {
  return z
    .unknown()
    .superRefine((value, context) => {
      if (value instanceof Date) {
        context.addIssue({
          code: 'custom',
          message: `Write the date in quotes, like '2026-11-27', so it can be checked as a real calendar date.`,
        });
      } else if (typeof value !== 'string' || !isCalendarDate(value)) {
        context.addIssue({
          code: 'custom',
          message: `${JSON.stringify(value)} is not a real calendar date. Use 'YYYY-MM-DD', for example '2026-11-27'.`,
        });
      }
    })
    .transform((value) => new Date(`${String(value)}T00:00:00Z`));
}
