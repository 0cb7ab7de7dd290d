import type { Translate } from '../translations/catalogue';
import { toCorrectionsAddress } from './to-corrections-address';

/**
 * A mailto: link for suggesting a correction to one page, with the page named in the subject
 * and its address in the body, both in the page's language (`t` is Astro.locals.t). Change
 * toCorrectionsAddress to point at an issue tracker instead.
 */
export function correctionLink(name: string, pageUrl: string, site: URL | undefined, t: Translate): string {
  const subject = encodeURIComponent(t('correction.subject', { name }));
  const body = encodeURIComponent(t('correction.body', { url: pageUrl }));
  return `mailto:${toCorrectionsAddress(site)}?subject=${subject}&body=${body}`;
}
