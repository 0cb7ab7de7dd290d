/**
 * What the inclusive-language check (tests/support/find-exclusive-language.ts) lets the articles say,
 * each with the reason why. `id` is a rule id, which allows every phrase of that rule, or
 * `rule:phrase`, which allows only that phrase. Prefer `rule:phrase` whenever the rule covers more
 * than the phrase at hand. Add an exception only for a real need in a current article (such as
 * the proper name of a group), never to silence a rule at large; tests/unit/article-quality.test.ts
 * fails on an exception that no article needs any more.
 */
export interface LanguageException {
  /** A rule id ("fellowship") or `rule:phrase` ("nuts:mental"), as a finding reports them. */
  id: string;
  /** Why the articles need it. */
  reason: string;
}

export const languageExceptions: LanguageException[] = [
  {
    id: 'nuts:mental',
    reason:
      'Every use is "mental health", the standard, neutral term that the groups and charities we name use ' +
      '(NAMI, Mind, Hub of Hope, "mental health professional"). Only this phrase is allowed: the rule\'s ' +
      'other phrases ("crazy", "insane", "mentally ill", "psycho"...) stay checked.',
  },
  {
    id: 'gals-man:women',
    reason:
      '"Women for Sobriety" is the proper name of a recovery group, and some meetings are for women only: ' +
      'there the word states who may attend, and "people" would be wrong. "girls", "ladies", "gals" stay checked.',
  },
  {
    id: 'gals-man:men',
    reason:
      'Some meetings (ACA, Celebrate Recovery, AA meeting lists) are for men only: the word states who may ' +
      'attend, and "people" would be wrong. "man", "guys", "boys", "gentlemen" stay checked.',
  },
  {
    id: 'fellowship',
    reason:
      'Twelve-step groups such as Emotions Anonymous call themselves fellowships; it is their own name for ' +
      'what they are, not a gendered word for people. The rule has no other phrase.',
  },
  {
    id: 'bipolar',
    reason:
      'Part of the proper name "Depression and Bipolar Support Alliance" (DBSA), a group for people with the ' +
      'diagnosed condition; the rule only warns against "bipolar" as loose slang and has no other phrase.',
  },
];
