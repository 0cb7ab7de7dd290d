import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env['CONTENT_DIR'];
if (!contentDir) throw new Error('Set CONTENT_DIR to the benchmark corpus (npm run bench sets it).');

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: 'bench-*.mdx', base: `${contentDir}/articles` }),
    schema: z.object({ title: z.string(), description: z.string() }),
  }),
};
