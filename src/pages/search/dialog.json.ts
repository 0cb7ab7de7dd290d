import type { APIContext } from 'astro';
import type { DialogData } from '../../components/search/dialog-data';
import { listNextSteps } from '../../components/search/list-next-steps';
import { DIALOG_MESSAGES } from '../../components/search/search-results';
import { pickMessages } from '../../i18n/island-messages';
import { routes } from '../../i18n/routes';

/** /search/dialog.json: what the search dialog needs once opened (see DialogData). */
export function GET({ locals }: APIContext) {
  const { locale, t } = locals;
  const data: DialogData = {
    messages: pickMessages(locale, DIALOG_MESSAGES),
    nextSteps: listNextSteps(locale, t),
    words: { lexicon: routes.searchLexicon(locale), vocabulary: routes.searchVocabulary(locale) },
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
