// @ts-check
// The bare floor the benchmark compares the real site with: the least an Astro + MDX + Pagefind
// site can do: one layout, no components, no integration but MDX. The bench indexes it with
// Pagefind the way the real site is indexed (scripts/lib/build-site.ts).
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [mdx()],
});
