/**
 * The site's controlled vocabularies: the ids content files may use, so filters, topic pages and
 * search facets never meet a misspelt value. Their labels are in the catalogue
 * (src/translations/), typed against these ids.
 */

/** Learning topics: what an article is about (search filters and related reading). */
export const learnTopics = [
  'basics',
  'peer-and-professional',
  'experiential-knowledge',
  'empowerment',
  'stigma-and-identity',
  'loss-and-change',
  'meetings-and-formats',
  'finding-a-group',
  'organizing',
] as const;
export type LearnTopic = (typeof learnTopics)[number];

/**
 * The parts of the reading path, in order: the headings the Learn page groups articles under.
 * Each article names its part (`stage`); along the path (`order`) the parts never go back.
 */
export const readingStages = ['start-here', 'how-groups-work', 'how-groups-help', 'taking-part'] as const;
export type ReadingStage = (typeof readingStages)[number];

/**
 * What a person is living with: used by resources and group types. The ids follow the
 * `topics` values in research/resources-vetted.yaml so imported entries map 1:1.
 */
export const needTopics = [
  'mental-health',
  'depression-bipolar',
  'suicide-crisis',
  'addiction',
  'alcohol',
  'drugs',
  'gambling',
  'eating',
  'family',
  'caregiving',
  'grief',
  'cancer',
  'heart',
  'dementia',
  'hearing-loss',
  'general',
] as const;
export type NeedTopic = (typeof needTopics)[number];

/** Who a page is written for (DEVELOPERS.md: readers, explorers, organizers). */
export const audiences = ['reader', 'explorer', 'organizer'] as const;
export type Audience = (typeof audiences)[number];

/** How a group or service can be reached. */
export const formats = ['in-person', 'online', 'phone', 'chat'] as const;
export type Format = (typeof formats)[number];

/** Who leads the groups or answers the line, as seen in the vetted sources. */
export const leadership = ['peer', 'professional', 'mixed', 'not-applicable'] as const;
export type Leadership = (typeof leadership)[number];

/** Whether a spiritual or religious element is part of the approach. */
export const approaches = ['secular', 'spiritual-not-religious', 'faith-based', 'not-applicable'] as const;
export type Approach = (typeof approaches)[number];

/** Who a resource serves: people with the problem, the people close to them, or both. */
export const servesOptions = ['self', 'family-friends', 'both'] as const;
export type Serves = (typeof servesOptions)[number];

/** What kind of organization or service a resource is. */
export const resourceKinds = [
  'crisis-line',
  'helpline',
  'group-network',
  'clearinghouse',
  'finder',
  'online-community',
  'toolkit',
  'data-standard',
] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/**
 * The countries /help-now/ gives emergency numbers for (research/emergency-numbers.md), one
 * section each. Ids are the ones `regions` uses, so a country's crisis lines join its section.
 */
export const countries = ['US', 'CA', 'MX', 'UK', 'IE', 'ES', 'AU'] as const;
export type Country = (typeof countries)[number];

/** Where a resource operates. */
export const regions = ['US', 'CA', 'UK', 'IE', 'DE', 'international'] as const;
export type Region = (typeof regions)[number];

/** How much of a reference's bibliographic detail was verified (research/bibliography.md). */
export const verificationStatuses = ['verified', 'likely', 'author-year-only', 'title-year-only'] as const;
export type VerificationStatus = (typeof verificationStatuses)[number];

/** How a kind of group's meetings usually run (group-type pages and the comparison table). */
export const meetingStructures = ['set-program', 'open-sharing', 'learning'] as const;
export type MeetingStructure = (typeof meetingStructures)[number];

/** What an organizer's toolkit page is: a guide to read on screen, or a one-page handout to print. */
export const toolkitKinds = ['guide', 'handout'] as const;
export type ToolkitKind = (typeof toolkitKinds)[number];

/** The kinds of page search tells apart (Pagefind's "type" filter, shown by each result). */
export const contentTypes = ['article', 'group-type', 'resource', 'glossary', 'organizer-guide', 'help'] as const;
export type ContentType = (typeof contentTypes)[number];
