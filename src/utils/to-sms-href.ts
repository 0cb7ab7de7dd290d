/**
 * Reads a published text instruction ("Text HOME to 741741", "Text 988") and returns an sms:
 * link target with the keyword as the message body, or undefined when the instruction needs
 * the person to type something of their own (such as a ZIP code) and has no fixed keyword.
 */
export function toSmsHref(how: string): string | undefined {
  const withKeyword = /^Text\s+(?<keyword>[A-Z0-9]+)\s+to\s+(?<number>\d{3,8})\b/.exec(how)?.groups;
  if (withKeyword?.['number'] && withKeyword['keyword']) {
    return `sms:${withKeyword['number']}?body=${encodeURIComponent(withKeyword['keyword'])}`;
  }
  const number = (/^Text\s+(?<number>\d{3,8})\b/.exec(how) ?? /\bto\s+(?<number>\d{3,8})\b/.exec(how))?.groups?.[
    'number'
  ];
  return number ? `sms:${number}` : undefined;
}
