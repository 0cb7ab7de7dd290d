// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cspDirectives, scriptSources, themeInitHash } from './src/config/security.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';

/** The public address; set SITE_URL when deploying so canonical URLs and the sitemap point there. */
const site = process.env.SITE_URL ?? 'https://common-ground.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets keep every page's CSS cacheable and covered by `style-src 'self'`.
    inlineStylesheets: 'never',
  },
  // Scripts as files, never inlined: the _headers policy then allows them with 'self' alone.
  vite: {
    build: { assetsInlineLimit: 0 },
    // The search dialog is built through Vite's worker pipeline as one self-contained ES module
    // (see src/components/search/search-trigger.ts), so it must be an ES module, not a script.
    worker: { format: 'es' },
  },
  devToolbar: { enabled: false },
  prefetch: false,
  // Shiki's inline styles break the CSP, and the site shows no code to readers.
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefindIndex()],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptSources], hashes: [themeInitHash] },
    },
  },
});
