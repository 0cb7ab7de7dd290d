import type { NeedTopic } from '../config/taxonomy';

/**
 * The ways to show a reader, by country: those that help with one of the reader's topics, and
 * those for any situation ('general'), in each file's own order. A country with none is left out.
 */
export function selectLocalFinders<Way extends { topics: readonly NeedTopic[] }, Country extends string>(
  countries: readonly { country: Country; ways: readonly Way[] }[],
  topics: readonly NeedTopic[],
): { country: Country; ways: Way[] }[] {
  const wanted = new Set<NeedTopic>([...topics, 'general']);
  return countries
    .map(({ country, ways }) => ({
      country,
      ways: ways.filter((way) => way.topics.some((topic) => wanted.has(topic))),
    }))
    .filter(({ ways }) => ways.length > 0);
}
