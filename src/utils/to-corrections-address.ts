/**
 * Where readers send corrections: one address on the site's own domain (corrections@<host>), so
 * it follows SITE_URL when the site is deployed and needs no third-party tracker. Every page that
 * names the address asks this function, so there is only one to change.
 */
export function toCorrectionsAddress(site: URL | undefined): string {
  return `corrections@${site?.hostname ?? 'common-ground.example'}`;
}
