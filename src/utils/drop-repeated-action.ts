/**
 * A contact's label without the action its link already says: the link reads "Call 988", so the
 * label "Call 988; menu: press 1 Veterans Crisis Line…" shows as "Menu: press 1 Veterans Crisis
 * Line…" beside it, and "Dial 988, then press 1" as "Then press 1" (issue 14: labelled once). A
 * label that only repeats the action becomes empty; any other label is kept as published.
 */
export function dropRepeatedAction(label: string, number = ''): string {
  const digits = number.replace(/\D/g, '').split('');
  const spelled = digits.length > 0 ? String.raw`\s+${digits.join(String.raw`[\s\u00a0-]?`)}\s*[;,:.]?` : '';
  const repeated = new RegExp(
    String.raw`^(?:call|dial|phone|text)(?:${spelled ? `${spelled}|` : ''}\s*[;,:.])\s*`,
    'i',
  );
  const rest = label.replace(repeated, '');
  if (rest === label) return label;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
