/** Content security policies as a browser reads them, and the hashes it computes for inline code. */
import { createHash } from 'node:crypto';

/** A parsed policy: directive name to its source tokens (quotes kept, as in `'self'`). */
export type Policy = Map<string, string[]>;

/** Parses a policy string; a repeated directive is ignored, as browsers do. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const directive of text.split(';')) {
    const [name, ...sources] = directive.trim().split(/[\t\n\f\r ]+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources that govern <script> elements (or <style> elements): the -elem directive, then its fallbacks. */
export function elementSources(policy: Policy, kind: 'script' | 'style'): string[] | undefined {
  return policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src');
}

/** The hash source CSP matches inline code against: SHA-256 of its UTF-8 text, base64. */
export function toHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
