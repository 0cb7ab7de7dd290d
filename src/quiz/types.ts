/** The quiz as the scoring code sees it: plain data, no Astro types, so it runs in the browser too. */

/** How much one answer counts towards one kind of group. */
export interface QuizWeight {
  /** The group type id. */
  groupType: string;
  /** From -3 (counts against) to 3. */
  weight: number;
  /** Why this kind fits this answer; when absent, the option's own reason is shown. */
  reason?: string | undefined;
}

/** One answer a person can choose. */
export interface QuizOption {
  /** Stable id, used in the URL fragment. */
  id: string;
  /** Why this answer moves the suggestions, shown under "why this fits". */
  reason: string;
  /** The ways of meeting the answer asks for (resource `formats`); empty when it says nothing about them. */
  meets: string[];
  /** For the situation question: what the situation is about (need topics); empty elsewhere. */
  topics: string[];
  /** Approaches (resource `approach`) this answer would rather avoid in the organizations offered. */
  avoids: string[];
  /** How much the answer counts towards each kind of group. */
  weights: QuizWeight[];
  /** Kinds of group this answer rules out of the suggestions. */
  excludes: string[];
}

/** One question, in quiz order. */
export interface QuizQuestion {
  /** Stable id (the content entry id). */
  id: string;
  /** True for the question that says what brings the person here: it decides which kinds fit. */
  situation: boolean;
  /** The options, in the order shown. */
  options: QuizOption[];
}

/**
 * How well a suggestion fits, said in words: "close" when nothing the person chose counts against
 * it and it scores within one point of the best; "also" otherwise ("also worth a look").
 */
export type FitStrength = 'close' | 'also';

/** One suggested kind of group, with what led to it. */
export interface Suggestion {
  /** The group type id. */
  groupType: string;
  /** The summed weight of the chosen answers. */
  score: number;
  /** How well it fits, for the words shown with it. */
  strength: FitStrength;
  /** Reasons of the answers that counted towards this type, strongest first. */
  reasons: string[];
}
