import { join, resolve } from 'node:path';
import { rechunkSearchIndex, SEARCH_CHUNK_BYTES } from './pagefind-index/rechunk-search-index.ts';
import { runCommand } from './run-command.ts';

/** Options for one build. */
export interface BuildOptions {
  /** Where the site goes; `dist` unless set. */
  outDir?: string;
  /** Keep Astro's and Pagefind's output to the result instead of printing it. */
  quiet?: boolean;
  /** Extra environment for the Astro process, e.g. CONTENT_DIR. */
  env?: NodeJS.ProcessEnv;
  /** Extra arguments for `astro build`, e.g. `--root` for the bench's bare floor. */
  astroArgs?: readonly string[];
  /**
   * Trade build time for memory, for machines with 2 GB. V8 favours size over speed
   * (`--optimize-for-size`), and Rolldown's allocator, mimalloc, hands freed pages back at once
   * instead of keeping them for reuse. At 5,000 articles Astro's peak fell from 2.5 GB to 1.6 GB and
   * its build took 116 s instead of about 85 s. Neither setting alone got under 2 GB.
   */
  lowMemory?: boolean;
  /** Leave Pagefind's index as Pagefind cut it (the bench's bare floor); cut again otherwise (SEARCH_CHUNK_BYTES). */
  keepPagefindChunks?: boolean;
}

/**
 * The script a package installs as its command, run under this Node so it can take Node's flags
 * and needs nothing on PATH. Read from the project's node_modules: `pagefind` exports no
 * package.json to resolve.
 */
function resolveBin(packageName: string, relativePath: string): string {
  return join(resolve(import.meta.dirname, '../..'), 'node_modules', packageName, relativePath);
}

/** Rolldown's allocator settings (mimalloc's documented environment options). */
const RETURN_FREED_PAGES = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };

/** How one build went: whether it worked, what it printed, and how long each half took. */
export interface BuildResult {
  /** Both steps exited 0 and Pagefind indexed at least one page. */
  ok: boolean;
  /** Everything Astro and Pagefind printed. */
  output: string;
  /** Wall-clock seconds of `astro build`. */
  astroSeconds: number;
  /** Wall-clock seconds of Pagefind's CLI, process start included, and of cutting its index again. */
  pagefindSeconds: number;
  /** Pages in the search index, as Pagefind counted them. */
  indexedPages: number;
}

/**
 * Builds the site into `outDir`: `astro build`, then Pagefind's CLI over the written pages, each
 * in a process of its own. Pagefind used to run inside Astro's `astro:build:done` hook, while the
 * Astro process still held its memory, so the two peaks added up: 4.2 GB at 5,000 articles
 * (Astro 2.4 GB, Pagefind 1.9 GB). One after the other, the peak is the larger of the two. The
 * CLI was also faster on the 5,000-article site: 21–29 s, against 30–35 s for the Node API's
 * service mode inside the hook.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? 'dist';
  const quiet = options.quiet ?? false;
  const started = performance.now();
  // --optimize-for-size is a V8 flag that NODE_OPTIONS refuses, so Astro's script runs under node.
  const nodeFlags = options.lowMemory ? ['--optimize-for-size'] : [];
  const astroArgs = ['build', '--outDir', outDir, ...(options.astroArgs ?? [])];
  if (options.lowMemory && !quiet)
    console.log('Low-memory build: slower, with a smaller peak (see README, Benchmark).');
  const astro = await runCommand(process.execPath, [...nodeFlags, resolveBin('astro', 'bin/astro.mjs'), ...astroArgs], {
    quiet,
    env: { ASTRO_TELEMETRY_DISABLED: '1', ...(options.lowMemory ? RETURN_FREED_PAGES : {}), ...options.env },
  });
  const astroSeconds = (performance.now() - started) / 1000;
  if (astro.code !== 0) return { ok: false, output: astro.output, astroSeconds, pagefindSeconds: 0, indexedPages: 0 };

  const indexing = performance.now();
  // Pagefind's own log is a page of settings; it is kept for failures and summed up in one line.
  const pagefind = await runCommand(
    process.execPath,
    [resolveBin('pagefind', 'lib/runner/bin.cjs'), '--site', outDir],
    {
      quiet: true,
    },
  );
  const indexedPages = Number(/Indexed (\d+) pages?/.exec(pagefind.output)?.[1] ?? 0);
  const output = `${astro.output}${pagefind.output}`;
  if (pagefind.code !== 0 || indexedPages === 0) {
    console.error(`Pagefind could not index ${outDir}:\n${pagefind.output}`);
    const pagefindSeconds = (performance.now() - indexing) / 1000;
    return { ok: false, output, astroSeconds, pagefindSeconds, indexedPages };
  }
  let chunks = 'as Pagefind cut them';
  if (!options.keepPagefindChunks) {
    try {
      chunks = rechunkSearchIndex(join(outDir, 'pagefind'), SEARCH_CHUNK_BYTES)
        .map((report) => `${report.language} ${report.chunksBefore} → ${report.chunksAfter}`)
        .join(', ');
    } catch (error) {
      console.error(`The search index in ${outDir} could not be cut into smaller chunks: ${String(error)}`);
      const pagefindSeconds = (performance.now() - indexing) / 1000;
      return { ok: false, output: `${output}${String(error)}`, astroSeconds, pagefindSeconds, indexedPages };
    }
  }
  const pagefindSeconds = (performance.now() - indexing) / 1000;
  if (!quiet) {
    console.log(
      `Pagefind indexed ${indexedPages} pages in ${pagefindSeconds.toFixed(1)} s (word-index chunks: ${chunks}).`,
    );
  }
  return { ok: true, output, astroSeconds, pagefindSeconds, indexedPages };
}
