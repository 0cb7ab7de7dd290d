import { toCorrectionsAddress } from './to-corrections-address';

/**
 * A mailto: link for suggesting a correction to one page, with the page named in the subject
 * and its address in the body. Change toCorrectionsAddress to point at an issue tracker instead.
 */
export function correctionLink(name: string, pageUrl: string, site: URL | undefined): string {
  const subject = encodeURIComponent(`Correction: ${name}`);
  const body = encodeURIComponent(`Page: ${pageUrl}\n\nWhat should change, and where did you see it?\n`);
  return `mailto:${toCorrectionsAddress(site)}?subject=${subject}&body=${body}`;
}
