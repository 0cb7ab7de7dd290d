/**
 * The pseudo-locale check: builds the site with every catalogue string accented and bracketed
 * (PSEUDO_LOCALE=1, see src/i18n/pseudo-localize.ts), then reads every page for English words
 * that came from neither the catalogue nor content/. Each finding names the page, where on it the
 * words are, and the src/ files that spell them. A new language's catalogue is checked the same
 * way: this is what tells an edition what is still missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/utils/list-files.ts';
import { buildSite } from './build-site.ts';
import {
  findPlainPieces,
  listIntlWords,
  normalizeText,
  readPageText,
  stripNonWords,
} from './find-untranslated-text.ts';

export interface UntranslatedText {
  /** The words, as the page shows them. */
  text: string;
  /** Pages (paths under the built folder) and where on each. */
  pages: { page: string; where: string }[];
  /** src/ files that spell these words literally. */
  sources: string[];
}

export interface PseudoLocaleResult {
  ok: boolean;
  pagesChecked: number;
  pagesWithFindings: number;
  findings: UntranslatedText[];
  buildOutput?: string;
}

/** All of content/ as one lower-cased text: any piece of a page found in it came from content. */
function readContentCorpus(root: string): string {
  const folder = join(root, 'content');
  return listFiles(folder)
    .map((file) => normalizeText(readFileSync(join(folder, file), 'utf8')))
    .join('\n');
}

/**
 * The src/ files whose source spells `text`: whole, or else its longest run of words (a template
 * literal spells "Back to where source ${n} is cited" around the number).
 */
function findSources(text: string, sources: readonly { file: string; text: string }[]): string[] {
  const whole = normalizeText(text).slice(0, 60);
  const longestRun = whole
    .split(/[^a-z' ]+/)
    .map((run) => run.trim())
    .sort((a, b) => b.length - a.length)[0];
  for (const needle of [whole, longestRun]) {
    if (!needle || needle.length < 4) continue;
    const found = sources.filter((source) => source.text.includes(needle)).map((source) => `src/${source.file}`);
    if (found.length > 0) return found;
  }
  return [];
}

export async function checkPseudoLocale(
  options: { root?: string; outDir?: string; build?: boolean } = {},
): Promise<PseudoLocaleResult> {
  const root = options.root ?? process.cwd();
  const outDir = options.outDir ?? '.cache/dist-pseudo';
  if (options.build ?? true) {
    const built = await buildSite({ outDir, quiet: true, env: { PSEUDO_LOCALE: '1' } });
    if (!built.ok) return { ok: false, pagesChecked: 0, pagesWithFindings: 0, findings: [], buildOutput: built.output };
  }
  const corpus = readContentCorpus(root);
  const srcFolder = join(root, 'src');
  const sources = listFiles(srcFolder)
    .filter((file) => /\.(astro|ts|js|mjs)$/.test(file))
    .map((file) => ({ file, text: normalizeText(readFileSync(join(srcFolder, file), 'utf8')) }));
  const intlWordsByLang = new Map<string, Set<string>>();
  const byText = new Map<string, UntranslatedText>();
  const known = new Map<string, boolean>();
  const pages = listFiles(join(root, outDir), '.html');
  const pagesWithFindings = new Set<string>();

  for (const page of pages) {
    const { lang, texts } = readPageText(readFileSync(join(root, outDir, page), 'utf8'));
    let intlWords = intlWordsByLang.get(lang);
    if (!intlWords) {
      intlWords = listIntlWords(lang || 'en');
      intlWordsByLang.set(lang, intlWords);
    }
    for (const { text, where } of texts) {
      for (const piece of findPlainPieces(text)) {
        if (!/[A-Za-z]{2,}/.test(stripNonWords(piece, intlWords))) continue;
        const normalized = normalizeText(piece);
        let fromContent = known.get(normalized);
        if (fromContent === undefined) {
          fromContent = corpus.includes(normalized);
          known.set(normalized, fromContent);
        }
        if (fromContent) continue;
        pagesWithFindings.add(page);
        const finding = byText.get(piece) ?? { text: piece, pages: [], sources: findSources(piece, sources) };
        finding.pages.push({ page, where });
        byText.set(piece, finding);
      }
    }
  }
  const findings = [...byText.values()].sort((a, b) => b.pages.length - a.pages.length || (a.text < b.text ? -1 : 1));
  return { ok: findings.length === 0, pagesChecked: pages.length, pagesWithFindings: pagesWithFindings.size, findings };
}

/** The findings as a reader of the test log wants them: the words, the source files, a few pages. */
export function formatFindings(findings: readonly UntranslatedText[]): string {
  return findings
    .map((finding) => {
      const pages = [...new Set(finding.pages.map((entry) => `${entry.page} (${entry.where})`))];
      const shown = pages.slice(0, 3).join(', ') + (pages.length > 3 ? ` and ${pages.length - 3} more` : '');
      const sources = finding.sources.length > 0 ? finding.sources.join(', ') : 'no src/ file spells it whole';
      return `  "${finding.text}"\n    in ${sources}\n    on ${shown}`;
    })
    .join('\n');
}
