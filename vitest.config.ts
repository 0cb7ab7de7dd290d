/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects, run at different points of `npm test`:
 * - unit: pure logic and Astro Container API component tests (through Astro's Vite config);
 * - content: malformed content fixtures, each must fail the build naming file and field;
 * - dist: checks over the built site (HTML validity, links, headers, feeds); needs `npm run build` first.
 */
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 120_000 } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000 } },
    ],
  },
});
