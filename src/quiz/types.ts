/** The quiz as the scoring code sees it: plain data, no Astro types, so it runs in the browser too. */

/** One answer a person can choose. */
export interface QuizOption {
  /** Stable id, used in the URL fragment. */
  id: string;
  /** Why this answer moves the suggestions, shown under "why this fits". */
  reason: string;
  /** The ways of meeting the answer asks for (resource `formats`); empty when it says nothing about them. */
  meets: string[];
  /** How much the answer counts towards each kind of group. */
  weights: { groupType: string; weight: number }[];
  /** Kinds of group this answer rules out of the suggestions. */
  excludes: string[];
}

/** One question, in quiz order. */
export interface QuizQuestion {
  /** Stable id (the content entry id). */
  id: string;
  /** The options, in the order shown. */
  options: QuizOption[];
}

/** One suggested kind of group, with what led to it. */
export interface Suggestion {
  /** The group type id. */
  groupType: string;
  /** The summed weight of the chosen answers. */
  score: number;
  /** Reasons of the answers that counted towards this type, strongest first. */
  reasons: string[];
}
