/** One _headers rule: a path pattern (with * as a wildcard) and the headers sent for it. */
export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/**
 * Parses a _headers file (the format Netlify and Cloudflare Pages read): an unindented path
 * line, then indented `Name: value` lines. Shared by scripts/serve-dist.ts and the dist checks,
 * so the tests read the file the way the test server applies it.
 */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const separator = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
    }
  }
  return rules;
}
