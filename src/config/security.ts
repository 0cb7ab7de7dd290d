/**
 * One content security policy for the whole site, used by `astro.config.mjs` (the per-page
 * <meta> policy) and by `public/_headers` (the HTTP header a static host sends); a unit test
 * keeps the two in step.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The inline script that applies the saved theme before first paint (no flash of the wrong theme). */
export const themeInitScript = readFileSync(new URL('../scripts/theme-init.js', import.meta.url), 'utf8').trim();

/** CSP hash of the theme script, in the form CSP expects. */
export const themeInitHash: `sha256-${string}` = `sha256-${createHash('sha256').update(themeInitScript).digest('base64')}`;

/**
 * Directives beyond script-src and style-src (Astro adds those with hashes of its own).
 * Everything comes from our own origin; nothing may load from anywhere else.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Headers a static host should send with every response (see public/_headers). */
export const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/**
 * Script sources besides Astro's own hashes: our bundled files, and WebAssembly compilation,
 * which Pagefind's search needs ('wasm-unsafe-eval' allows WebAssembly only, not eval()).
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** The full policy for the HTTP header; `frame-ancestors` only works there, not in <meta>. */
export function headerPolicy(): string {
  return [
    ...cspDirectives,
    `script-src ${scriptSources.join(' ')} '${themeInitHash}'`,
    "style-src 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
