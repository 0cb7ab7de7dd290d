import type { Locale } from '../../i18n/locales';
import { routes } from '../../i18n/routes';
import type { Translate } from '../../translations/catalogue';

/** What a reader can do when a search finds nothing: a line, then links. */
export interface NextSteps {
  intro: string;
  links: { href: string; label: string }[];
}

/**
 * Never a dead end: when nothing matches, the quiz, the directory, help now and the A to Z of
 * every page. One list for the search page (SearchNextSteps.astro) and the dialog (dialog.json).
 */
export function listNextSteps(locale: Locale, t: Translate): NextSteps {
  return {
    intro: t('search.nextStepsTry'),
    links: [
      { href: routes.quiz(locale), label: t('search.nextStepsQuiz') },
      { href: routes.resources(locale), label: t('search.nextStepsDirectory') },
      { href: routes.helpNow(locale), label: t('search.nextStepsHelpNow') },
      { href: `${routes.search(locale)}#a-to-z`, label: t('search.nextStepsAll') },
    ],
  };
}
