/** One published fact's source: a research file, its words copied exactly, and its grade. */
export interface Evidence {
  /** The file under research/, e.g. "emergency-numbers.md". */
  file: string;
  /** The file's words, copied exactly (line breaks and indentation may differ). */
  quote: string;
  /** The file's grade for the source. */
  grade: string;
  /** For grade B: the file's own words that allow publishing it. */
  allowedBy?: string | undefined;
}

/** Markdown wraps and indents a quotation over several lines; compare words and spaces only. */
function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * What is wrong with a fact's evidence, in words a test can print: a quotation that is not (or no
 * longer) in its research file, a grade other than A or B, or a B grade whose allowance (the
 * file's words saying the source copies an A page or that two B sources agree) is not in the file.
 * `readResearch` returns a research file's text by name.
 */
export function findEvidenceProblems(evidence: readonly Evidence[], readResearch: (file: string) => string): string[] {
  return evidence.flatMap(({ file, quote, grade, allowedBy }) => {
    const text = collapseSpaces(readResearch(file));
    const problems: string[] = [];
    if (!text.includes(collapseSpaces(quote))) problems.push(`research/${file} does not say "${quote}"`);
    if (grade !== 'A' && grade !== 'B') problems.push(`"${quote}" is graded ${grade}: publish A, or B where allowed`);
    if (grade === 'B' && (!allowedBy || !text.includes(collapseSpaces(allowedBy)))) {
      problems.push(`"${quote}" is grade B, but research/${file} does not say "${allowedBy ?? ''}" to allow it`);
    }
    return problems;
  });
}
