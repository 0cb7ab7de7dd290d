// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cspDirectives, scriptSources, themeInitHash } from './src/config/security.ts';

/** The public address; set SITE_URL when deploying so canonical URLs and the sitemap point there. */
const site = process.env.SITE_URL ?? 'https://common-ground.example';

export default defineConfig({
  site,
  // The benchmark builds with its own cache (ASTRO_CACHE_DIR), so its builds start cold and never
  // leave their content store in the one the real site's builds use.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Four pages render at once, so one page's file reads and writes overlap another's rendering.
    // Measured on the 1,000-article bench (2 cores): rendering took 9.0–10.0 s at the default of
    // one page, 7.0–7.1 s at four; eight and sixteen were no faster. Pages share no state.
    concurrency: 4,
    // External stylesheets keep every page's CSS cacheable and covered by `style-src 'self'`.
    inlineStylesheets: 'never',
  },
  // Scripts as files, never inlined: the _headers policy then allows them with 'self' alone.
  vite: {
    // The palette is written once with light-dark() (src/styles/global.css). Lightning CSS compiles
    // it, and anything else newer than these browsers, into CSS they understand, so a phone on
    // iOS 15.4 (2022) keeps its colours. Versions are major << 16, as Lightning CSS reads them.
    css: {
      transformer: 'lightningcss',
      lightningcss: {
        targets: {
          safari: (15 << 16) | (4 << 8),
          ios_saf: (15 << 16) | (4 << 8),
          chrome: 100 << 16,
          firefox: 100 << 16,
        },
      },
    },
    build: {
      cssMinify: 'lightningcss',
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive, and the bundler
        // warns once per file with a code frame: 1,000 warnings at 1,000 articles, none actionable.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
    // The search dialog is built through Vite's worker pipeline as one self-contained ES module
    // (see src/components/search/search-trigger.ts), so it must be an ES module, not a script.
    worker: { format: 'es' },
  },
  devToolbar: { enabled: false },
  prefetch: false,
  // Shiki's inline styles break the CSP, and the site shows no code to readers.
  markdown: { syntaxHighlight: false },
  // optimize: MDX's static subtrees become HTML strings (identical output, faster build and render).
  // Pagefind indexes the written pages after Astro exits (scripts/lib/build-site.ts), not in a hook.
  integrations: [mdx({ optimize: true }), sitemap({ filter: (page) => !page.endsWith('/404/') })],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptSources], hashes: [themeInitHash] },
    },
  },
});
