/** An organization as the quiz sees it: plain data, so the same choice runs on the server and in the browser. */
export interface QuizOrganization {
  /** The resource id. */
  id: string;
  /** What it helps with (need topics). */
  topics: readonly string[];
  /** Its approach to a spiritual element, when the research says. */
  approach?: string | undefined;
  /** How people take part. */
  formats: readonly string[];
}

/** What the person told the quiz that bears on which organizations to offer. */
export interface OrganizationWish {
  /** The situation's topics: an organization must help with one of them. */
  topics: readonly string[];
  /** Approaches the person would rather avoid (for example, a spiritual element). */
  avoids: readonly string[];
  /** Organizations that belong to a kind of group the person's answers rule out. */
  ruledOut: ReadonlySet<string>;
  /** Ways of meeting the person asked for: organizations offering one of them come first. */
  meets: readonly string[];
}

/**
 * The organizations to offer under one suggestion, best first: only those that help with the
 * person's situation, that do not have an approach they would rather avoid (an unknown approach is
 * kept unless the organization also belongs to a kind they ruled out, as a twelve-step fellowship
 * does), and those offering a way of meeting they asked for first. Ties keep the given order.
 */
export function chooseOrganizations<T extends QuizOrganization>(
  organizations: readonly T[],
  wish: OrganizationWish,
  limit: number,
): T[] {
  const meetsWish = (organization: T) => organization.formats.some((format) => wish.meets.includes(format));
  return organizations
    .filter((organization) => organization.topics.some((topic) => wish.topics.includes(topic)))
    .filter((organization) => !wish.avoids.includes(organization.approach ?? ''))
    .filter((organization) => !wish.ruledOut.has(organization.id))
    .map((organization, order) => ({ organization, order, first: meetsWish(organization) ? 0 : 1 }))
    .sort((a, b) => a.first - b.first || a.order - b.order)
    .slice(0, limit)
    .map(({ organization }) => organization);
}
