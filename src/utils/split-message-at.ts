/**
 * A catalogue message with one element inside it, such as a <time>: the text before and after the
 * element, so a component renders `{before}<time>…</time>{after}` while the translator still orders
 * the whole sentence. `fill` gets a marker to pass as the placeholder's value:
 * `splitMessageAt((slot) => t('reviewDates.lastReviewed', { date: slot }))`.
 */
const SLOT = '\uE000';

export function splitMessageAt(fill: (slot: string) => string): readonly [before: string, after: string] {
  const message = fill(SLOT);
  const [before = '', after = '', ...rest] = message.split(SLOT);
  if (!message.includes(SLOT) || rest.length > 0) {
    throw new Error(`The message "${message}" must use the element's placeholder exactly once.`);
  }
  return [before, after];
}
