/**
 * Potentially exclusive or stigmatizing words in prose, found with retext-equality (e.g.
 * "addicts", "the mentally ill", a generic "he") and retext-profanities (only words that `cuss`
 * rates as surely profane, sureness 2: "stupid", "retarded"...; its lower ratings flag this site's
 * own subject words such as "abuse", "suicide", "disease" or "Bible").
 *
 * `allow` lists what to skip, each entry either
 * - a rule id (`ruleId` of the message: a retext-equality pattern id such as "fellowship", or the
 *   normalized phrase for retext-profanities): skips every phrase of that rule; or
 * - `rule:phrase`, e.g. "nuts:mental": skips only that phrase of that rule. Many rules cover many
 *   phrases ("nuts" covers "mental" as in "mental health", but also "crazy", "insane", "psycho"),
 *   so allowing a whole rule would often be a blanket exception.
 * We filter the messages ourselves rather than pass `allow` as the plugins' `ignore` option,
 * because `ignore` takes bare phrases and so cannot tell which rule a phrase belongs to.
 */
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextProfanities from 'retext-profanities';
import { unified } from 'unified';
import { VFile } from 'vfile';

export interface LanguageFinding {
  /** The words as written, e.g. "Addicts". */
  word: string;
  /** The rule id, e.g. "addicts"; an exception names it, or `rule:phrase` (e.g. "nuts:mental"). */
  rule: string;
  /** What the checker says, with suggested alternatives where it has them. */
  message: string;
}

const processor = unified().use(retextEnglish).use(retextEquality).use(retextProfanities, { sureness: 2 }).freeze();

export function findExclusiveLanguage(paragraphs: string[], allow: string[]): LanguageFinding[] {
  const findings: LanguageFinding[] = [];
  for (const paragraph of paragraphs) {
    const file = new VFile(paragraph);
    processor.runSync(processor.parse(file), file);
    for (const message of file.messages) {
      const finding = { word: message.actual ?? '', rule: message.ruleId ?? '', message: message.reason };
      if (!isAllowed(finding, allow)) findings.push(finding);
    }
  }
  return findings;
}

/** Whether `allow` skips the finding: by its rule id, or by `rule:phrase`. */
export function isAllowed(finding: LanguageFinding, allow: readonly string[]): boolean {
  const phrase = finding.word.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
  return allow.includes(finding.rule) || allow.includes(`${finding.rule}:${phrase}`);
}
