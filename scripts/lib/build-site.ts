import { runCommand } from './run-command.ts';

/** How one build went: whether it worked, what it printed, and how long each half took. */
export interface BuildResult {
  ok: boolean;
  output: string;
  astroSeconds: number;
  pagefindSeconds: number;
  indexedPages: number;
}

/**
 * Builds the site into `outDir`: `astro build`, then Pagefind's CLI over the written pages, each
 * in a process of its own. Pagefind used to run inside Astro's `astro:build:done` hook, while the
 * Astro process still held its memory, so the two peaks added up: 4.2 GB at 5,000 articles
 * (Astro 2.4 GB, Pagefind 1.9 GB). One after the other, the peak is the larger of the two. The
 * CLI also indexes faster than the Node API's service mode did inside the hook (21 s against
 * 30–35 s at 5,000 articles, same index).
 */
export async function buildSite(
  options: { outDir?: string; quiet?: boolean; env?: NodeJS.ProcessEnv; astroArgs?: readonly string[] } = {},
): Promise<BuildResult> {
  const outDir = options.outDir ?? 'dist';
  const quiet = options.quiet ?? false;
  const started = performance.now();
  const astro = await runCommand('astro', ['build', '--outDir', outDir, ...(options.astroArgs ?? [])], {
    quiet,
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
  });
  const astroSeconds = (performance.now() - started) / 1000;
  if (astro.code !== 0) return { ok: false, output: astro.output, astroSeconds, pagefindSeconds: 0, indexedPages: 0 };

  const indexing = performance.now();
  // Pagefind's own log is a page of settings; it is kept for failures and summed up in one line.
  const pagefind = await runCommand('pagefind', ['--site', outDir], { quiet: true });
  const pagefindSeconds = (performance.now() - indexing) / 1000;
  const indexedPages = Number(/Indexed (\d+) pages?/.exec(pagefind.output)?.[1] ?? 0);
  const output = `${astro.output}${pagefind.output}`;
  if (pagefind.code !== 0 || indexedPages === 0) {
    console.error(`Pagefind could not index ${outDir}:\n${pagefind.output}`);
    return { ok: false, output, astroSeconds, pagefindSeconds, indexedPages };
  }
  if (!quiet) console.log(`Pagefind indexed ${indexedPages} pages in ${pagefindSeconds.toFixed(1)} s.`);
  return { ok: true, output, astroSeconds, pagefindSeconds, indexedPages };
}
