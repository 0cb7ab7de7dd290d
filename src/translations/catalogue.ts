/**
 * The shape every language's catalogue has: the English catalogue's keys, each a string.
 * TypeScript then refuses a catalogue that misses a key or invents one.
 */
import type en from './en';

type English = typeof en;
/** Every key of the catalogue, plural forms included ("search.results_one"). */
export type MessageKey = keyof English;
export type Catalogue = Readonly<Record<MessageKey, string>>;

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A key as `t` takes it: plural forms under their shared name ("search.results"). */
export type MessageId = MessageKey extends infer K ? (K extends `${infer Base}_${PluralCategory}` ? Base : K) : never;

/** The English template of a message (a plural message's "other" form). */
type TemplateOf<K extends MessageId> = K extends MessageKey ? English[K] : English[`${K}_other` & MessageKey];
/** The {{names}} a template fills in. */
type Placeholders<S> = S extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;
/** The values a message needs, by name; `count` also picks a plural form. */
export type MessageValues<K extends MessageId> = {
  readonly [P in Placeholders<TemplateOf<K>>]: P extends 'count' ? number : string | number;
};

/** The messages whose placeholders are exactly `P`: a field that names one can be filled in knowingly. */
export type MessageWith<P extends string> = {
  [K in MessageId]: [Placeholders<TemplateOf<K>>] extends [P]
    ? [P] extends [Placeholders<TemplateOf<K>>]
      ? K
      : never
    : never;
}[MessageId];

/**
 * The catalogue's translate function: `t('nav.learn')`, `t('search.results', { count: 3 })`.
 * TypeScript checks the key and that every placeholder gets a value.
 */
export type Translate = <K extends MessageId>(
  key: K,
  ...values: [Placeholders<TemplateOf<K>>] extends [never] ? [] : [MessageValues<K>]
) => string;

/**
 * Prefixes a vocabulary's labels into catalogue keys: `prefixKeys('region', { US: 'United States' })`
 * gives `{ 'region.US': 'United States' }`, so a vocabulary's labels are typed against its ids.
 */
export function prefixKeys<P extends string, T extends Record<string, string>>(
  prefix: P,
  labels: T,
): { [K in keyof T & string as `${P}.${K}`]: T[K] } {
  return Object.fromEntries(Object.entries(labels).map(([id, label]) => [`${prefix}.${id}`, label])) as {
    [K in keyof T & string as `${P}.${K}`]: T[K];
  };
}
