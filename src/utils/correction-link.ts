/**
 * Where readers suggest corrections: one mailto: address on the site's own domain
 * (corrections@<host>), so it follows SITE_URL when the site is deployed and needs no
 * third-party tracker. Change it here to point at an issue tracker instead.
 */
export function correctionLink(name: string, pageUrl: string, site: URL | undefined): string {
  const host = site?.hostname ?? 'common-ground.example';
  const subject = encodeURIComponent(`Correction: ${name}`);
  const body = encodeURIComponent(`Page: ${pageUrl}\n\nWhat should change, and where did you see it?\n`);
  return `mailto:corrections@${host}?subject=${subject}&body=${body}`;
}
