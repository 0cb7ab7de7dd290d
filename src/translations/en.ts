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
  // The directory (/resources/).
  'directory.title': 'Organizations and helplines',
  'directory.description':
    'Checked organizations, group networks, helplines and clearinghouses, with how to reach each one and where its details come from.',
  'directory.lead_one':
    '{{count}} organization or service, grouped by kind. Each name leads to its contact details. We list only details our research team could confirm.',
  'directory.lead_other':
    '{{count}} organizations and services, grouped by kind. Each name leads to its contact details. We list only details our research team could confirm.',
  'directory.crisisPrompt': '<strong>In crisis?</strong> <link0>See lines you can call or text now</link0>.',
  // The filter form, and what <resource-filters> says as it filters.
  'directory.filtersHeading': 'Filter the list',
  'directory.filterText': 'Search by name or words',
  'directory.facetTopic': 'Topic',
  'directory.facetKind': 'Kind',
  'directory.facetFormat': 'Format',
  'directory.facetRegion': 'Region',
  'directory.facetApproach': 'Approach',
  'directory.facetServes': 'Who it serves',
  'directory.showResults': 'Show results',
  'directory.clearFilters': 'Clear filters',
  'directory.filterCount_one': 'Showing {{shown}} of {{count}} organization or service.',
  'directory.filterCount_other': 'Showing {{shown}} of {{count}} organizations and services.',
  'directory.ignoredFilters': 'Some filters in the link were not recognised and were left out: {{filters}}.',
  // The list of kinds: a link to the kind's section, and how many entries it has.
  'directory.kindsHeading': 'Kinds of resource',
  'directory.kindsItem': '<link0>{{kind}}</link0> ({{number}})',
  'directory.openData': 'Directories and 211 services can reuse this list as <link0>open data</link0>.',
  // One entry's own page (/resources/<id>/).
  'directory.entryDescription': '{{kind}} ({{region}}): how to reach it, and where its details come from.',
  'directory.howToReach': 'How to reach it',
  'directory.details': 'Details',
  'directory.suggestCorrection': 'Suggest a correction to this entry',
  'directory.backToAll': 'Back to all organizations and helplines',
  // An entry's facts (ResourceFacts).
  'directory.factTopics': 'Helps with',
  'directory.factFormats': 'Ways to reach it',
  'directory.factServes': 'For',
  'directory.factLedBy': 'Led by',
  'directory.factApproach': 'Approach',
  'directory.factLanguages': 'Languages',
  // How to reach an entry (ResourceContacts); number, label, how and host come from the entry.
  'directory.contactCall': 'Call <link0>{{number}}</link0>: {{label}}',
  'directory.contactHours': '({{hours}})',
  'directory.contactTextLink': '<link0>{{how}}</link0>: {{label}}',
  'directory.contactText': '{{how}}: {{label}}',
  'directory.contactWebsite': 'Website: <link0>{{host}}</link0>',
  'directory.contactFinder': 'Find a group or service near you',
  // Where an entry's details come from (ResourceProvenance): three sentences in one paragraph.
  'directory.provenanceRecorded':
    'Our research team recorded these details on {{date}}, from saved copies of public web pages.',
  'directory.provenanceRecordedListed':
    'Our research team recorded these details on {{date}}, from saved copies of the web pages listed below.',
  'directory.provenanceCheckedLive': 'We checked them on the live website on {{date}}.',
  'directory.provenanceNotCheckedLive': 'We have not yet checked them on the live website.',
  'directory.provenanceCaution': "Check the organization's own site before relying on hours or numbers.",
  'directory.provenanceSources': 'Where these details come from ({{number}})',

  // ── search ──
  // (keys of this area go here)

  // ── quiz ──
  'quiz.pageTitle': 'Find a group that fits you',
  'quiz.pageDescription_one':
    '{{count}} short question that suggests kinds of self-help group that might suit you, and why. Your answers never leave your device.',
  'quiz.pageDescription_other':
    '{{count}} short questions that suggest kinds of self-help group that might suit you, and why. Your answers never leave your device.',
  'quiz.lead_one':
    'Answer {{count}} short question to see which kinds of group might suit you, and why. This is a guide, not a diagnosis. Your answers stay on your device.',
  'quiz.lead_other':
    'Answer {{count}} short questions to see which kinds of group might suit you, and why. This is a guide, not a diagnosis. Your answers stay on your device.',
  'quiz.noScriptTitle': 'This quiz needs JavaScript, which is off or still loading.',
  'quiz.noScriptAlternative': 'You can <link0>compare the kinds of group side by side</link0> instead.',
  // Shown when the link's #answers=… part is damaged or from an older quiz.
  'quiz.invalidLinkNotice': 'We could not read the answers in this link, so the quiz has started again.',
  'quiz.errorSummaryTitle': 'There is a problem',
  'quiz.errorSummaryLink': 'Choose an answer to go on',
  // {{number}} is the question's place in the quiz, {{count}} how many questions there are.
  'quiz.progress': 'Question {{number}} of {{count}}',
  // Read out by screen readers before the error message, hidden on screen (the GOV.UK pattern).
  'quiz.errorPrefix': 'Error:',
  'quiz.errorMessage': 'Choose an answer to go on.',
  'quiz.back': 'Back',
  'quiz.next': 'Next',
  // The last question's button.
  'quiz.seeSuggestions': 'See suggestions',
  'quiz.resultsHeading': 'Kinds of group that might suit you',
  'quiz.resultsIntro': 'These suggestions come from your answers. They are a starting point, not advice.',
  'quiz.whyThisFits': 'Why this might fit',
  'quiz.whatToExpect': 'What to expect',
  // {{leadership}} is a leadership.* label; {{approach}} one of quiz.approachInSentence.*; {{formats}} a
  // list of quiz.formatInSentence.* (joined by the language's list format).
  'quiz.expectations': '{{leadership}}. Spiritual element: {{approach}}. Ways to take part: {{formats}}.',
  // The labels of groupApproach.* and format.* as they read inside quiz.expectations.
  ...prefixKeys('quiz.approachInSentence', {
    secular: 'secular',
    'spiritual-not-religious': 'spiritual, not religious',
    'faith-based': 'faith-based',
    'not-applicable': 'depends on the group',
  } as const satisfies Record<Approach, string>),
  ...prefixKeys('quiz.formatInSentence', {
    'in-person': 'in person',
    online: 'online',
    phone: 'phone',
    chat: 'chat',
  } as const satisfies Record<Format, string>),
  'quiz.howToFindOne': 'How to find one',
  'quiz.relatedReading': 'Related reading',
  'quiz.tipTitle': '<strong>Tip:</strong> Try more than one',
  'quiz.tipText': 'It is normal to try more than one group, or a few meetings, before you find one that feels right.',
  'quiz.startAgain': 'Start again',
  'quiz.printResults': 'Print my results',
  'quiz.privacyNote':
    "Your answers are kept only in this page's address (after the #), so you can bookmark or share it. They are never sent to us or anyone else.",

  // ── layout-and-articles ──
  // (keys of this area go here)

  // ── pages-and-toolkit ──
  // (keys of this area go here)
} as const;
