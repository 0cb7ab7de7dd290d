/**
 * The Learn page's sections: the articles under each part of the reading path, parts in the
 * order of `readingStages`, articles in the one reading order (sort-articles.ts).
 */
import { readingStages, type ReadingStage } from '../config/taxonomy';
import type { Locale } from '../i18n/locales';
import { sortArticles, type ReadingOrdered } from './sort-articles';

/** The fields grouping needs: the reading order's and the article's part of the path. */
export interface StagedArticle extends ReadingOrdered {
  data: ReadingOrdered['data'] & { stage: ReadingStage };
}

/** Each part of the reading path that has articles, with its articles in reading order. */
export function groupArticlesByStage<T extends StagedArticle>(
  articles: readonly T[],
  locale: Locale,
): { stage: ReadingStage; articles: T[] }[] {
  const sorted = sortArticles(articles, locale);
  return readingStages
    .map((stage) => ({ stage, articles: sorted.filter((article) => article.data.stage === stage) }))
    .filter((section) => section.articles.length > 0);
}
