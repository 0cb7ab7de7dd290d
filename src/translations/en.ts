/**
 * Every interface string of the English edition (content/ holds the articles and data). Keys are
 * "area.name"; plural forms are key_one / key_other (CLDR categories, chosen by Intl.PluralRules);
 * {{name}} is filled in by the catalogue, never by string concatenation.
 */
import type {
  Approach,
  Audience,
  Format,
  LearnTopic,
  Leadership,
  MeetingStructure,
  NeedTopic,
  Region,
  ResourceKind,
  Serves,
  ToolkitKind,
  VerificationStatus,
} from '../config/taxonomy';
import { prefixKeys } from './catalogue';

// The labels of the controlled vocabularies in src/config/taxonomy.ts, one per id.
const learnTopicLabels = {
  basics: 'The basics',
  'peer-and-professional': 'Peer and professional models',
  'experiential-knowledge': 'Experiential knowledge',
  empowerment: 'Empowerment',
  'stigma-and-identity': 'Shame, stigma and identity',
  'loss-and-change': 'Stress, loss and change',
  'meetings-and-formats': 'How groups meet',
  'finding-a-group': 'Finding a group',
  organizing: 'Starting and running a group',
} as const satisfies Record<LearnTopic, string>;
const needTopicLabels = {
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
} as const satisfies Record<NeedTopic, string>;
const audienceLabels = {
  reader: 'People learning about groups',
  explorer: 'People looking for a group',
  organizer: 'People who start or run groups',
} as const satisfies Record<Audience, string>;
const formatLabels = {
  'in-person': 'In person',
  online: 'Online',
  phone: 'Phone',
  chat: 'Chat',
} as const satisfies Record<Format, string>;
const leadershipLabels = {
  peer: 'Led by peers',
  professional: 'Led by professionals',
  mixed: 'Peers and professionals',
  'not-applicable': 'Not a group',
} as const satisfies Record<Leadership, string>;
const approachLabels = {
  secular: 'Secular',
  'spiritual-not-religious': 'Spiritual, not religious',
  'faith-based': 'Faith-based',
  'not-applicable': 'Not applicable',
} as const satisfies Record<Approach, string>;
const servesLabels = {
  self: 'People with the problem',
  'family-friends': 'Family and friends',
  both: 'People with the problem and those close to them',
} as const satisfies Record<Serves, string>;
const resourceKindLabels = {
  'crisis-line': 'Crisis line',
  helpline: 'Helpline',
  'group-network': 'Group network',
  clearinghouse: 'Self-help clearinghouse',
  finder: 'Group or service finder',
  'online-community': 'Online community',
  toolkit: 'Toolkit',
  'data-standard': 'Data standard',
} as const satisfies Record<ResourceKind, string>;
const regionLabels = {
  US: 'United States',
  UK: 'United Kingdom',
  IE: 'Ireland',
  DE: 'Germany',
  international: 'International',
} as const satisfies Record<Region, string>;
const verificationStatusLabels = {
  verified: 'Verified',
  likely: 'Likely',
  'author-year-only': 'Author and year only',
  'title-year-only': 'Title and year only',
} as const satisfies Record<VerificationStatus, string>;
const meetingStructureLabels = {
  'set-program': 'A set program',
  'open-sharing': 'Open sharing',
  learning: 'Learning and information',
} as const satisfies Record<MeetingStructure, string>;
const toolkitKindLabels = {
  guide: 'Guide',
  handout: 'Handout',
} as const satisfies Record<ToolkitKind, string>;

export default {
  ...prefixKeys('learnTopic', learnTopicLabels),
  ...prefixKeys('needTopic', needTopicLabels),
  ...prefixKeys('audience', audienceLabels),
  ...prefixKeys('format', formatLabels),
  ...prefixKeys('leadership', leadershipLabels),
  ...prefixKeys('approach', approachLabels),
  // On a kind of group, "not applicable" means it varies from group to group.
  ...prefixKeys('groupApproach', { ...approachLabels, 'not-applicable': 'Depends on the group' }),
  ...prefixKeys('serves', servesLabels),
  ...prefixKeys('resourceKind', resourceKindLabels),
  ...prefixKeys('region', regionLabels),
  ...prefixKeys('verificationStatus', verificationStatusLabels),
  ...prefixKeys('meetingStructure', meetingStructureLabels),
  ...prefixKeys('toolkitKind', toolkitKindLabels),
  'site.name': 'Common Ground',
  'site.tagline': 'Self-help groups, mutual aid and peer support, explained plainly.',
  'seo.homeTitle': '{{siteName}}: {{tagline}}',
  'seo.pageTitle': '{{title}} | {{siteName}}',
  'seo.socialImageAlt': 'The {{siteName}} name on a calm green background',
  'feed.title': '{{siteName}} articles',
  'openSearch.description': 'Search {{siteName}}: self-help groups, mutual aid and peer support.',
  'layout.skipToContent': 'Skip to main content',
  'nav.label': 'Main',
  'nav.learn': 'Learn',
  'nav.quiz': 'Find your fit',
  'nav.organize': 'Organize',
  'nav.resources': 'Resources',
  'nav.search': 'Search',

  // ── directory ──
  // (keys of this area go here)

  // ── search ──
  // The /search/ page.
  'search.pageTitle': 'Search',
  'search.pageDescription':
    'Search every {{siteName}} page: articles, kinds of groups, organizations, the glossary and help lines.',
  // The /search/ page's heading, and the search dialog's title.
  'search.heading': 'Search {{siteName}}',
  'search.pageLabel': 'Search the site',
  'search.submit': 'Search',
  'search.needsJavaScript':
    'Search needs JavaScript. You can browse <link0>articles by topic</link0>, <link1>kinds of group</link1> and <link2>organizations</link2> instead.',
  // The search dialog.
  'search.dialogLabel': 'Search for',
  'search.close': 'Close',
  'search.filtersLegend': 'Show only',
  // A content-type filter with how many results it has: "Article (12)".
  'search.typeFilter': '{{type}} ({{count}})',
  // Results, on the page and in the dialog; {{query}} is what the reader typed.
  'search.searching': 'Searching…',
  'search.results_one': '{{count}} result for “{{query}}”.',
  'search.results_other': '{{count}} results for “{{query}}”.',
  'search.noResults': 'No results for “{{query}}”.',
  'search.showMore': 'Show more results',
  // Content types: the kind of page a result is, shown by each result and as the dialog's filters.
  'search.typeArticle': 'Article',
  'search.typeGroupType': 'Group type',
  'search.typeResource': 'Resource',
  'search.typeGlossary': 'Glossary',
  'search.typeOrganizerGuide': 'Organizer guide',
  'search.typeHelp': 'Help',
  // A result from a page of no content type above (the home page, About…).
  'search.typePage': 'Page',
  // Audiences as search filter values (Pagefind's "audience" filter).
  'search.audienceReader': 'Reader',
  'search.audienceExplorer': 'Explorer',
  'search.audienceOrganizer': 'Organizer',

  // ── quiz ──
  // (keys of this area go here)

  // ── layout-and-articles ──
  // (keys of this area go here)

  // ── pages-and-toolkit ──
  // (keys of this area go here)
} as const;
