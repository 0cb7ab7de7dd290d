import { z } from 'astro/zod';

/**
 * Where one published fact comes from: a research file and its words, copied exactly, so
 * tests/unit/emergency-numbers.test.ts can find them in the file and fail when the research
 * changes. Shared by the emergency numbers and, as plain data, research/lines-from-notes.yaml.
 */
export function researchEvidence() {
  return z
    .object({
      /** The file under research/ the quotation is from, e.g. "emergency-numbers.md". */
      file: z.string().regex(/^[\w-]+\.(?:md|yaml)$/, 'Name a file in research/, like "emergency-numbers.md".'),
      /** The file's words, copied exactly (line breaks and indentation may differ). */
      quote: z.string().trim().min(10),
      /** The file's grade for the source: A, or B where the grading rules allow it (research/README.md). */
      grade: z.enum(['A', 'B'], { error: 'Publish grade A, or B where the file allows it; never C.' }),
      /** For grade B: the file's own words that allow it, e.g. "B (copy of FCC text)". */
      allowedBy: z.string().trim().min(5).optional(),
    })
    .refine((evidence) => evidence.grade === 'A' || evidence.allowedBy !== undefined, {
      error:
        'A grade B fact needs allowedBy: the file\u2019s words saying it copies an A source or two B sources agree.',
      path: ['allowedBy'],
    });
}
