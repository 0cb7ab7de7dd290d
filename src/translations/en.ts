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
  'breadcrumbs.label': 'Breadcrumb',
  'breadcrumbs.home': 'Home',
  'theme.darkToggle': 'Dark theme',
  'footer.helpNowLink': 'Need help now?',
  'footer.helpNowText': 'Crisis lines and helplines you can call or text.',
  'footer.privacy':
    '<strong>Privacy:</strong> no cookies, no analytics, nothing loaded from anywhere else. Your quiz answers stay in your browser.',
  'footer.about': 'About {{siteName}}',
  'footer.glossary': 'Glossary',
  'footer.references': 'References',
  'footer.openData': 'Open data',
  'footer.feed': 'Articles feed (RSS)',
  'footer.disclaimer': '{{siteName}} is an information site. It does not give medical advice.',
  'home.description':
    'Plain-language information about self-help groups, mutual aid and peer support: what they are, how they help and how to find one.',
  'home.heading': 'Self-help groups, explained plainly',
  'home.lead':
    'In a self-help group, people who share a problem support each other to cope with it, and where possible to heal or recover. {{siteName}} helps you understand these groups, find one that fits, or start your own.',
  'home.learnDescription':
    'What self-help groups are, how peer-led and professional-led groups differ, and why sharing experience helps.',
  'home.quizDescription_one':
    'Answer {{count}} short question to see which kinds of group might suit you. Your answers stay on your device.',
  'home.quizDescription_other':
    'Answer {{count}} short questions to see which kinds of group might suit you. Your answers stay on your device.',
  'home.organizeDescription':
    'For people who start or run a group: where groups meet, clearinghouses that help, and resources to share.',
  'learn.title': 'Learn about self-help groups',
  'learn.description':
    'Articles on what self-help groups are, peer and professional models, experiential knowledge, stigma and coping.',
  'learn.lead': 'Short articles, each checked against its sources. Start at the top or pick a topic.',
  'learnTopicPage.title': '{{topic}}: articles',
  'learnTopicPage.description':
    '{{siteName}} articles about {{topic}}, in plain language and checked against their sources.',
  'learnTopicPage.count_one': '{{count}} article on this topic.',
  'learnTopicPage.count_other': '{{count}} articles on this topic.',
  'learnTopicPage.allTopics': 'All topics',
  // Each topic's name as it reads inside a sentence ("articles about the basics").
  ...prefixKeys('learnTopicInSentence', {
    basics: 'the basics',
    'peer-and-professional': 'peer and professional models',
    'experiential-knowledge': 'experiential knowledge',
    empowerment: 'empowerment',
    'stigma-and-identity': 'shame, stigma and identity',
    'loss-and-change': 'stress, loss and change',
    'meetings-and-formats': 'how groups meet',
    'finding-a-group': 'finding a group',
    organizing: 'starting and running a group',
  } as const satisfies Record<LearnTopic, string>),
  'article.searchType': 'Article',
  'article.readingTime_one': '{{count}} minute read',
  'article.readingTime_other': '{{count}} minute read',
  'article.topics': 'Topics:',
  'article.tableOfContents': 'On this page',
  'article.keyPoints': 'Key points',
  'article.citation': 'Source {{number}}: {{citeAs}}',
  'article.notesHeading': 'Sources',
  'article.backToCitation': 'Back to where source {{number}} is cited',
  'article.readingPath': 'Reading path',
  'article.previous': 'Previous',
  'article.next': 'Next',
  'article.related': 'Related reading',
  'callout.note': 'Note:',
  'callout.tip': 'Tip:',
  'callout.caution': 'Caution:',
  'groups.title': 'Kinds of self-help groups',
  'groups.description':
    'Compare kinds of self-help groups side by side: who leads them, whether they have a spiritual element, and how they meet.',
  'groups.crumb': 'Kinds of groups',
  'groups.lead':
    'Groups differ in who leads them, how meetings run and how you can take part. This table compares them.',
  'groups.quizPrompt_one':
    'Not sure where to start? <link0>Answer {{count}} short question</link0> to see which kinds might suit you.',
  'groups.quizPrompt_other':
    'Not sure where to start? <link0>Answer {{count}} short questions</link0> to see which kinds might suit you.',
  'groups.tableCaption': 'Kinds of groups compared',
  'groups.kindColumn': 'Kind of group',
  'groups.needsColumn': 'For people living with',
  'groups.ledBy': 'Led by',
  'groups.structureColumn': 'How meetings run',
  'groups.spiritualElement': 'Spiritual element',
  'groups.formatsColumn': 'Ways to take part',
  'groupType.searchType': 'Group type',
  'groupType.keywords': 'Also searched for as: {{keywords}}',
  'groupType.formats': 'Formats',
  'groupType.whereToFind': 'Where to find one',
  'groupType.share': 'Share this page',
  'toolkitPage.searchType': 'Organizer guide',
  'toolkitPage.print': 'Print this handout',
  'toolkitPage.printFits': 'It fits on one page of A4 or US Letter.',
  'toolkitPage.whoCanHelp': 'Who can help',
  'participationFigure.caption':
    'Support groups in the United States in 1992. Source: a Gallup poll as cited in our source text, <link0>{{source}}</link0>. These are early-1990s US figures.',
  'participationFigure.title': 'Support groups in the United States, 1992',
  // The drawing's rows; a line break ("\n") starts a second line of the row.
  'participationFigure.inGroupRow': 'Almost 1 in 3 Americans said they were in a support group.',
  'participationFigure.bibleStudyRow': 'More than half of those groups were Bible study groups.',
  'participationFigure.notInGroupRow':
    'Of people not in a group, more than 1 in 10 had been in one (dark),\nand another 1 in 10 wanted to join (light).',
  'participationFigure.tableCaption': 'The 1992 figures as reported',
  'participationFigure.whoColumn': 'Who',
  'participationFigure.reportedColumn': 'As reported',
  'participationFigure.inGroup': 'Americans in a support group',
  'participationFigure.inGroupReported': 'Almost one in three',
  'participationFigure.bibleStudy': 'Of those, in Bible study groups',
  'participationFigure.bibleStudyReported': 'More than half',
  'participationFigure.hadBeen': 'Of those not in a group, who had been in one',
  'participationFigure.hadBeenReported': 'More than 10 percent',
  'participationFigure.wantedTo': 'Of those not in a group, who wanted to join one',
  'participationFigure.wantedToReported': 'Another 10 percent',
  'modelsFigure.title': 'Peer-led groups compared with the professional expert model',
  'modelsFigure.peerHeading': 'Peer-led',
  'modelsFigure.professionalHeading': 'Professional expert',
  'modelsFigure.knowledge': 'Knowledge',
  'modelsFigure.knowledgePeer': 'Lived experience counts most',
  'modelsFigure.knowledgeProfessional': 'Specialized knowledge counts most',
  'modelsFigure.knowledgeDescription':
    'Knowledge: in peer-led groups, lived experience counts most; in the professional expert model, specialized knowledge counts most.',
  'modelsFigure.services': 'Services',
  'modelsFigure.servicesPeer': 'Free and given both ways',
  'modelsFigure.servicesProfessional': 'Bought and sold',
  'modelsFigure.servicesDescription':
    'Services: in peer-led groups, free and given both ways; in the professional expert model, bought and sold.',
  'modelsFigure.roles': 'Roles',
  'modelsFigure.rolesPeer': 'Equals, as peers',
  'modelsFigure.rolesProfessional': 'A provider and a recipient',
  'modelsFigure.rolesDescription':
    'Roles: in peer-led groups, equals, as peers; in the professional expert model, a provider and a recipient.',
  'modelsFigure.information': 'Information',
  'modelsFigure.informationPeer': 'Open and shared',
  'modelsFigure.informationProfessional': 'Protected and controlled',
  'modelsFigure.informationDescription':
    'Information: in peer-led groups, open and shared; in the professional expert model, protected and controlled.',
  'modelsFigure.caption':
    'Four ways the peer participatory model differs from the professional expert model, as our source text describes them (<link0>{{stewart}}</link0>; <link1>{{gartnerRiessman}}</link1>).',

  // ── pages-and-toolkit ──
  // (keys of this area go here)
} as const;
