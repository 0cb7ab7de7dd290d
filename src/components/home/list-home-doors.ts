/**
 * The home page's doors, one per task readers come for, in the order a phone shows them: help
 * first (calm, but in the first screen), then understanding, choosing, finding, starting a group.
 * Every address comes from src/i18n/routes.ts.
 */
import type { Translate } from '../../translations/catalogue';
import type { Locale } from '../../i18n/locales';
import { routes } from '../../i18n/routes';

export interface HomeDoor {
  /** Which task: also the door's stable name for styles and tests. */
  task: 'help-now' | 'learn' | 'quiz' | 'resources' | 'groups' | 'organize';
  href: string;
  title: string;
  description: string;
}

/** The doors for `locale`, with the quiz's length (from content/quiz) in its description. */
export function listHomeDoors(locale: Locale, t: Translate, quizQuestions: number): HomeDoor[] {
  return [
    {
      task: 'help-now',
      href: routes.helpNow(locale),
      title: t('home.helpNowTitle'),
      description: t('home.helpNowDescription'),
    },
    { task: 'learn', href: routes.learn(locale), title: t('home.learnTitle'), description: t('home.learnDescription') },
    {
      task: 'quiz',
      href: routes.quiz(locale),
      title: t('home.quizTitle'),
      description: t('home.quizDescription', { count: quizQuestions }),
    },
    {
      task: 'resources',
      href: routes.resources(locale),
      title: t('home.resourcesTitle'),
      description: t('home.resourcesDescription'),
    },
    {
      task: 'groups',
      href: routes.groups(locale),
      title: t('home.groupsTitle'),
      description: t('home.groupsDescription'),
    },
    {
      task: 'organize',
      href: routes.organize(locale),
      title: t('home.organizeTitle'),
      description: t('home.organizeDescription'),
    },
  ];
}
