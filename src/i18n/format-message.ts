/**
 * Fills an island's message in the browser, the way the catalogue does on the server: the plural
 * form for `count` by Intl.PluralRules, then {{name}} placeholders. No library: the templates
 * arrive ready in the island's data-messages attribute (see island-messages.ts).
 */
export type Messages = Readonly<Record<string, string>>;

const pluralRules = new Map<string, Intl.PluralRules>();

/** Reads the messages an island's server-rendered markup carries. */
export function readMessages(element: HTMLElement): Messages {
  const json = element.dataset['messages'];
  if (!json) throw new Error('This island has no data-messages attribute.');
  return JSON.parse(json) as Messages;
}

/** The message for `key` with `values` filled in; a number `count` picks the plural form. */
export function formatMessage(
  messages: Messages,
  key: string,
  values: Readonly<Record<string, string | number>>,
  lang: string,
): string {
  let template = messages[key];
  const count = values['count'];
  if (typeof count === 'number') {
    let rules = pluralRules.get(lang);
    if (!rules) {
      rules = new Intl.PluralRules(lang);
      pluralRules.set(lang, rules);
    }
    template = messages[`${key}_${rules.select(count)}`] ?? messages[`${key}_other`] ?? template;
  }
  if (template === undefined) throw new Error(`No message "${key}" in this island's data-messages.`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
