/**
 * Reads a published text instruction ("Text HOME to 741741", "Text 988") and returns an sms:
 * link target with the keyword as the message body, or undefined when the instruction needs
 * the person to type something of their own (such as a ZIP code) and has no fixed keyword.
 */
export function toSmsHref(how: string): string | undefined {
  const withKeyword = /^Text\s+([A-Z0-9]+)\s+to\s+(\d{3,8})\b/.exec(how);
  if (withKeyword) return `sms:${withKeyword[2]}?body=${encodeURIComponent(withKeyword[1] ?? '')}`;
  const numberOnly = /^Text\s+(\d{3,8})\b/.exec(how);
  if (numberOnly) return `sms:${numberOnly[1]}`;
  const toNumber = /\bto\s+(\d{3,8})\b/.exec(how);
  if (toNumber) return `sms:${toNumber[1]}`;
  return undefined;
}
