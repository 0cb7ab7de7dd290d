/** One emergency number and the countries where it works, for the top of /help-now/. */
export interface NumberAndCountries<Country extends string> {
  number: string;
  countries: Country[];
}

/**
 * Turns each country's emergency numbers into one item per number with the countries it serves
 * (911: United States, Canada, Mexico), so a reader sees every number once. Numbers that serve
 * more countries come first; ties keep the order in which the countries are given.
 */
export function listCountriesByNumber<Country extends string>(
  entries: readonly { country: Country; numbers: readonly { number: string }[] }[],
): NumberAndCountries<Country>[] {
  const byNumber = new Map<string, Country[]>();
  for (const { country, numbers } of entries) {
    for (const { number } of numbers) byNumber.set(number, [...(byNumber.get(number) ?? []), country]);
  }
  return [...byNumber]
    .map(([number, countries]) => ({ number, countries }))
    .sort((a, b) => b.countries.length - a.countries.length);
}
