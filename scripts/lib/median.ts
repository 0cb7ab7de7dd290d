/** The middle value of the runs (the upper middle for an even count): what the bench and Lighthouse report. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}
