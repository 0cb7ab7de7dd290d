/**
 * The regions that answer a reader's choice of regions: a country also takes what works
 * internationally, because an international network (a fellowship, an online community) can be
 * used there too. Choosing only "International" stays as it is.
 */
export function widenRegions(chosen: readonly string[]): readonly string[] {
  return chosen.some((region) => region !== 'international') && !chosen.includes('international')
    ? [...chosen, 'international']
    : chosen;
}
