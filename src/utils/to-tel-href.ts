/**
 * Turns a published phone number into a tel: link target, keeping only digits and a leading +.
 * "1-800-662-4357" → "tel:18006624357"; "116 123" → "tel:116123".
 */
export function toTelHref(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length === 0) throw new Error(`"${number}" has no digits to dial.`);
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
