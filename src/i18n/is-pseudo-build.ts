/** Builds with PSEUDO_LOCALE=1 render the pseudo-locale (see scripts/check-pseudo-locale.ts). */
export const isPseudoBuild = process.env['PSEUDO_LOCALE'] === '1';
