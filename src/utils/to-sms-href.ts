/**
 * Reads a published text instruction ("Text HOME to 741741", "Text 988", "Text 9-8-8",
 * "Text ‘register’ to 999") and returns an sms: link target with the keyword as the message
 * body, or undefined when the instruction needs the person to type something of their own (such
 * as a ZIP code) and has no fixed keyword. A number may be written with hyphens ("9-8-8").
 */
export function toSmsHref(how: string): string | undefined {
  const number = String.raw`\d(?:-?\d){2,7}`;
  const quote = `["'\u2018\u2019\u201c\u201d]?`;
  const withKeyword = new RegExp(
    String.raw`^Text\s+${quote}(?<keyword>[A-Za-z0-9]+)${quote}\s+to\s+(?<number>${number})(?![\d-])`,
  ).exec(how)?.groups;
  const digits = (text: string) => text.replace(/-/g, '');
  if (withKeyword?.['number'] && withKeyword['keyword']) {
    return `sms:${digits(withKeyword['number'])}?body=${encodeURIComponent(withKeyword['keyword'])}`;
  }
  const found = (
    new RegExp(String.raw`^Text\s+(?<number>${number})(?![\d-])`).exec(how) ??
    new RegExp(String.raw`\bto\s+(?<number>${number})(?![\d-])`).exec(how)
  )?.groups?.['number'];
  return found ? `sms:${digits(found)}` : undefined;
}
