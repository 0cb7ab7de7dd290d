/** Formats a date the way GOV.UK does: "27 November 2026". Dates are stored at UTC midnight. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Formats a date as "November 2026", for "last checked" notes where the day adds nothing. */
export function formatMonth(date: Date): string {
  return date.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
