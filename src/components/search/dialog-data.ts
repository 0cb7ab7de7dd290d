import type { Messages } from '../../i18n/format-message';
import type { NextSteps } from './list-next-steps';

/**
 * What the search dialog loads with its code (routes.searchDialogData): its messages, the next
 * steps for a search that finds nothing, and where the search's words are. Kept out of every
 * page's markup, which must fit in 14 KB, since only a reader who opens the dialog needs them.
 */
export interface DialogData {
  messages: Messages;
  nextSteps: NextSteps;
  /** The lexicon's and vocabulary's addresses. */
  words: { lexicon: string; vocabulary: string };
}
