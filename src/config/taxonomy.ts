/**
 * The site's controlled vocabularies. Content files may only use these values, so filters,
 * topic pages and search facets never meet a misspelt label.
 */

/** Learning topics: what an article is about. Each gets a page at /learn/topics/<id>/. */
export const learnTopics = {
  basics: 'The basics',
  'peer-and-professional': 'Peer and professional models',
  'experiential-knowledge': 'Experiential knowledge',
  empowerment: 'Empowerment',
  'stigma-and-identity': 'Shame, stigma and identity',
  'loss-and-change': 'Stress, loss and change',
  'meetings-and-formats': 'How groups meet',
  'finding-a-group': 'Finding a group',
  organizing: 'Starting and running a group',
} as const;
export type LearnTopic = keyof typeof learnTopics;

/**
 * What a person is living with: used by resources and group types. The ids follow the
 * `topics` values in research/resources-vetted.yaml so imported entries map 1:1.
 */
export const needTopics = {
  'mental-health': 'Mental health',
  'depression-bipolar': 'Depression and bipolar disorder',
  'suicide-crisis': 'Suicide and crisis',
  addiction: 'Addiction',
  alcohol: 'Alcohol',
  drugs: 'Drugs',
  gambling: 'Gambling',
  eating: 'Food and eating',
  family: 'Family and friends',
  caregiving: 'Caregiving',
  grief: 'Grief and loss',
  cancer: 'Cancer',
  heart: 'Heart conditions',
  dementia: 'Dementia',
  'hearing-loss': 'Hearing loss',
  general: 'Any problem',
} as const;
export type NeedTopic = keyof typeof needTopics;

/** Who a page is written for (DEVELOPERS.md: readers, explorers, organizers). */
export const audiences = {
  reader: 'People learning about groups',
  explorer: 'People looking for a group',
  organizer: 'People who start or run groups',
} as const;

/** How a group or service can be reached. */
export const formats = {
  'in-person': 'In person',
  online: 'Online',
  phone: 'Phone',
  chat: 'Chat',
} as const;

/** Who leads the groups or answers the line, as seen in the vetted sources. */
export const leadership = {
  peer: 'Led by peers',
  professional: 'Led by professionals',
  mixed: 'Peers and professionals',
  'not-applicable': 'Not a group',
} as const;

/** Whether a spiritual or religious element is part of the approach. */
export const approaches = {
  secular: 'Secular',
  'spiritual-not-religious': 'Spiritual, not religious',
  'faith-based': 'Faith-based',
  'not-applicable': 'Not applicable',
} as const;

/** Who a resource serves: people with the problem, the people close to them, or both. */
export const servesOptions = {
  self: 'People with the problem',
  'family-friends': 'Family and friends',
  both: 'People with the problem and those close to them',
} as const;

/** What kind of organization or service a resource is. */
export const resourceKinds = {
  'crisis-line': 'Crisis line',
  helpline: 'Helpline',
  'group-network': 'Group network',
  clearinghouse: 'Self-help clearinghouse',
  finder: 'Group or service finder',
  'online-community': 'Online community',
  toolkit: 'Toolkit',
  'data-standard': 'Data standard',
} as const;

/** Where a resource operates. */
export const regions = {
  US: 'United States',
  UK: 'United Kingdom',
  IE: 'Ireland',
  DE: 'Germany',
  international: 'International',
} as const;

/** How much of a reference's bibliographic detail was verified (research/bibliography.md). */
export const verificationStatuses = {
  verified: 'Verified',
  likely: 'Likely',
  'author-year-only': 'Author and year only',
  'title-year-only': 'Title and year only',
} as const;

/** How a kind of group's meetings usually run (group-type pages and the comparison table). */
export const meetingStructures = {
  'set-program': 'A set program',
  'open-sharing': 'Open sharing',
  learning: 'Learning and information',
} as const;

/** What an organizer's toolkit page is: a guide to read on screen, or a one-page handout to print. */
export const toolkitKinds = {
  guide: 'Guide',
  handout: 'Handout',
} as const;

/** Lists the keys of a vocabulary as a non-empty tuple, the shape `z.enum` needs. */
export function keysOf<T extends Record<string, string>>(vocabulary: T): [keyof T & string, ...(keyof T & string)[]] {
  const keys = Object.keys(vocabulary) as (keyof T & string)[];
  const [first, ...rest] = keys;
  if (first === undefined) throw new Error('A vocabulary needs at least one value.');
  return [first, ...rest];
}

/** Approach labels for kinds of group, where "not applicable" means it varies from group to group. */
export const groupApproaches = { ...approaches, 'not-applicable': 'Depends on the group' } as const;
