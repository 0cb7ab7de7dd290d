/**
 * Plain TypeScript (and so typed ESLint) cannot read .astro files; `astro check` can, through
 * Astro's language tools. This declaration gives test files that import components a type.
 */
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}
