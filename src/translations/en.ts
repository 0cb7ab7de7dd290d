/**
 * Every interface string of the English edition (content/ holds the articles and data). Keys are
 * "area.name"; plural forms are key_one / key_other (CLDR categories, chosen by Intl.PluralRules);
 * {{name}} is filled in by the catalogue, never by string concatenation.
 */
import type {
  Approach,
  Audience,
  ContentType,
  Country,
  Format,
  LearnTopic,
  Leadership,
  MeetingStructure,
  NeedTopic,
  ReadingStage,
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
const searchTypeLabels = {
  article: 'Article',
  'group-type': 'Group type',
  resource: 'Resource',
  glossary: 'Glossary',
  'organizer-guide': 'Organizer guide',
  help: 'Help',
} as const satisfies Record<ContentType, string>;
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
const countryLabels = {
  US: 'United States',
  CA: 'Canada',
  MX: 'Mexico',
  UK: 'United Kingdom',
  IE: 'Ireland',
  ES: 'Spain',
  AU: 'Australia',
} as const satisfies Record<Country, string>;
const regionLabels = {
  US: countryLabels.US,
  CA: countryLabels.CA,
  UK: countryLabels.UK,
  IE: countryLabels.IE,
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
  // Content types: the kind of page a result is, shown by each result and as the dialog's filters.
  ...prefixKeys('searchType', searchTypeLabels),
  ...prefixKeys('format', formatLabels),
  ...prefixKeys('leadership', leadershipLabels),
  ...prefixKeys('approach', approachLabels),
  // On a kind of group, "not applicable" means it varies from group to group.
  ...prefixKeys('groupApproach', { ...approachLabels, 'not-applicable': 'Depends on the group' }),
  ...prefixKeys('serves', servesLabels),
  ...prefixKeys('resourceKind', resourceKindLabels),
  ...prefixKeys('region', regionLabels),
  ...prefixKeys('country', countryLabels),
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
  'directory.lead_one': '{{count}} organization or service. We list only details our research team could confirm.',
  'directory.lead_other': '{{count}} organizations and services. We list only details our research team could confirm.',
  'directory.crisisPrompt': '<strong>In crisis?</strong> <link0>See lines you can call or text now</link0>.',
  // The filter form, and what <resource-filters> says as it filters. On a phone the form is a
  // disclosure under the count, so the results come first; its label counts the filters chosen.
  'directory.filtersHeading': 'Filter the list',
  'directory.filtersChosen_one': '({{count}} chosen)',
  'directory.filtersChosen_other': '({{count}} chosen)',
  'directory.filterText': 'Search by name or words',
  'directory.facetTopic': 'Topic',
  'directory.facetKind': 'Kind',
  'directory.facetFormat': 'Format',
  'directory.facetRegion': 'Region',
  'directory.facetApproach': 'Approach',
  'directory.facetServes': 'Who it serves',
  // Beside each checkbox: how many results choosing it would give, with the other filters kept.
  'directory.optionCount': '({{count}})',
  'directory.showResults': 'Show results',
  'directory.clearFilters': 'Clear filters',
  'directory.filterCount_one': 'Showing {{shown}} of {{count}} organization or service.',
  'directory.filterCount_other': 'Showing {{shown}} of {{count}} organizations and services.',
  // What a filtered list shows, in words: "Showing 6 of 52 … for: Grief and loss · United States."
  'directory.filterCountFor_one': 'Showing {{shown}} of {{count}} organization or service for: {{filters}}.',
  'directory.filterCountFor_other': 'Showing {{shown}} of {{count}} organizations and services for: {{filters}}.',
  'directory.includesInternational_one': 'This includes {{count}} that works internationally.',
  'directory.includesInternational_other': 'This includes {{count}} that work internationally.',
  // The document title of a filtered list, so a shared link's tab and history entry say what it shows.
  'directory.filteredTitle': '{{filters}}: {{title}}',
  'directory.typedWords': '“{{text}}”',
  // When nothing matches: the filters that, taken away one at a time, bring results back.
  'directory.noMatch': 'Nothing matches all of these filters.',
  'directory.loosenIntro': 'Try taking one away:',
  'directory.loosen_one': 'Remove {{filter}} ({{count}} result)',
  'directory.loosen_other': 'Remove {{filter}} ({{count}} results)',
  'directory.loosenNone': 'No single change brings results back. Clear the filters to see the whole list.',
  'directory.ignoredFilters': 'Some filters in the link were not recognized and were left out: {{filters}}.',
  // Without JavaScript the filters cannot run, so the page says so and points to the plain pages.
  'directory.noScriptFilters':
    'Filtering this list needs JavaScript. You can <link0>browse it by topic, kind or region</link0> instead.',
  // The plain pages, one per topic, kind and region, and the list of them on /resources/.
  'directory.browseHeading': 'Browse the whole list',
  'directory.browseItem': '<link0>{{value}}</link0> ({{number}})',
  'directory.browseTitleTopic': '{{value}}: organizations and helplines',
  'directory.browseTitleKind': 'Resources of this kind: {{value}}',
  'directory.browseTitleRegion': 'Organizations and helplines: {{value}}',
  'directory.browseDescription_one': '{{value}}: {{count}} checked organization or service, with how to reach it.',
  'directory.browseDescription_other':
    '{{value}}: {{count}} checked organizations and services, with how to reach each one.',
  'directory.browseAll': 'See the whole list, with filters',
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
  // How to reach an entry (ResourceContacts): one large link per way to reach it, saying the action
  // and the number; the line's label and hours are plain text beside it. number, how and host come
  // from the entry.
  'directory.contactCall': 'Call {{number}}',
  'directory.contactHours': 'Hours: {{hours}}',
  'directory.contactWebsite': 'Visit {{host}}',
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
  // The /search/ page.
  'search.pageTitle': 'Search',
  'search.pageDescription':
    'Search every {{siteName}} page: articles, kinds of groups, organizations, the glossary and help lines.',
  // The /search/ page's heading, and the search dialog's title.
  'search.heading': 'Search {{siteName}}',
  'search.pageLabel': 'Search the site',
  'search.submit': 'Search',
  'search.needsJavaScript': 'Search needs JavaScript. Every page is listed below, <link0>A to Z</link0>.',
  // The search page's list of every page (AToZ.astro).
  'search.aToZHeading': 'Every page, A to Z',
  'search.aToZLetters': 'Letters',
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
  // No page has every word the reader typed, so results are for some of them, most matched first.
  'search.resultsSomeWords_one': 'No page has all your words. Showing {{count}} result for some of them.',
  'search.resultsSomeWords_other':
    'No page has all your words. Showing {{count}} results for some of them, with pages that have more of them first.',
  // A word no page has, searched as the site's closest word ("sucide" → "suicide").
  'search.corrected': 'We found no pages with “{{typed}}”, so we searched for “{{suggestion}}”.',
  // SearchNextSteps.astro: what to do when nothing matched.
  'search.nextStepsTry': 'Try fewer words, or other words for the same thing. Or:',
  'search.nextStepsQuiz': 'Answer a few questions to find a group that fits you',
  'search.nextStepsDirectory': 'Browse organizations and helplines',
  'search.nextStepsHelpNow': 'Need help now? Find a crisis line',
  'search.nextStepsAll': 'See every page, A to Z',
  'search.showMore': 'Show more results',
  // A result from a page of no content type (the home page, About…).
  'search.typePage': 'Page',

  // ── home ──
  // The home page: a short intro, the search box, then one door per task (GOV.UK / NHS.UK pattern).
  'home.description':
    'Plain-language information about self-help groups, mutual aid and peer support: what they are, how they help and how to find one.',
  'home.heading': 'Self-help groups, explained plainly',
  'home.lead':
    'In a self-help group, people who share a problem support each other to cope with it. {{siteName}} helps you understand these groups, find one that fits, or start your own.',
  'home.helpNowTitle': 'Need help now?',
  'home.helpNowDescription': 'Crisis lines and helplines you can call or text.',
  'home.learnTitle': 'Learn about self-help groups',
  'home.learnDescription':
    'What self-help groups are, how peer-led and professional-led groups differ, and why sharing experience helps.',
  'home.quizTitle': 'Find a kind of group that fits you',
  'home.quizDescription_one':
    'Answer {{count}} short question to see which kinds of group might suit you. Your answers stay on your device.',
  'home.quizDescription_other':
    'Answer {{count}} short questions to see which kinds of group might suit you. Your answers stay on your device.',
  'home.resourcesTitle': 'Find a group or organization',
  'home.resourcesDescription':
    'Organizations, helplines and group networks, with how to reach each one. Some can help you find a group near you.',
  'home.groupsTitle': 'Compare kinds of groups',
  'home.groupsDescription': 'How groups differ: who leads them, how meetings run and how you can take part.',
  'home.organizeTitle': 'Start or run a group',
  'home.organizeDescription':
    'For people who start or run a group: where groups meet, clearinghouses that help, and resources to share.',
  // Under the doors (FirstMeetingPointer.astro); {{title}} is the title of "Your first meeting: what to expect".
  'home.firstMeeting': 'Thinking of going to a group for the first time? Read <link0>{{title}}</link0>.',
  // A glossary word inside an article (Term.astro): the button shows its definition in place.
  'term.glossaryLink': 'More in the glossary',
  'term.close': 'Close',

  // ── local finders ──
  // Ways to find a local group, by country (LocalFinders.astro, on /groups/ and the quiz's results).
  'localFinders.heading': 'Find a group near you',
  'localFinders.intro': 'Choose your country to see ways to find a group or service where you live.',
  'localFinders.notCrisis':
    'These are ways to find a group, not crisis help. If you need help now, see <link0>Need help now?</link0>',
  // A way that is one of our resources links to its own page; {{name}} is the resource's name.
  'localFinders.moreAbout': 'More about {{name}}',
  // ResourceContacts, when the research verified no phone number, text line or website.
  'localFinders.noContact':
    'We could not confirm a phone number or a secure web address for this organization, so we do not link to one.',

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
  'quiz.noScriptTitle': 'The questions need JavaScript, which is off or still loading.',
  // Above the links to each situation's plain page (SituationLinks.astro); also what a shared results link shows without a script.
  'quiz.noScriptAlternative':
    'You can still see the kinds of group that fit what brings you here, and organizations to contact. What brings you here?',
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
  // How well a suggestion fits, in words, never a percentage (src/quiz/types.ts FitStrength).
  'quiz.strength.close': 'A close fit',
  'quiz.strength.also': 'Also worth a look',
  // {{count}} is how many kinds of group fit what brings the person here and are not ruled out by another answer.
  'quiz.fitSummary_one': 'One kind of group fits your answers.',
  'quiz.fitSummary_other': '{{count}} kinds of group fit your answers.',
  // When more fit than are shown; {{shown}} is how many are shown.
  'quiz.fitSummaryMore_one': 'One kind of group fits your answers.',
  'quiz.fitSummaryMore_other': '{{count}} kinds of group fit your answers. These {{shown}} fit them best.',
  // Under the suggestions: the plain page of the person's situation; {{situation}} is their answer.
  'quiz.situationLink': 'See <link0>all the kinds of group for “{{situation}}”</link0>.',
  // GOV.UK's "check your answers": each question, the answer, and a Change button.
  'quiz.answersHeading': 'Your answers',
  'quiz.change': 'Change',
  // Read out after "Change", hidden on screen; {{question}} is the question.
  'quiz.changeWhat': 'your answer to: {{question}}',
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
  // Under the suggestions (FirstMeetingPointer.astro); {{title}} is the title of "Your first meeting: what to expect".
  'quiz.firstMeeting': 'Not sure what happens at a first meeting? Read <link0>{{title}}</link0>.',
  'quiz.startAgain': 'Start again',
  'quiz.printResults': 'Print my results',
  'quiz.privacyNote':
    "Your answers are kept only in this page's address (after the #), so you can bookmark or share it. They are never sent to us or anyone else.",
  // The plain page of one answer to "What brings you here?" (src/pages/find-your-fit/[situation].astro).
  // {{situation}} is the answer in a few words (its `short` in content/quiz).
  'quizSituation.title': '{{situation}}: kinds of group that fit',
  'quizSituation.description':
    'The kinds of self-help group that fit this, why, and organizations you can contact. A guide, not advice.',
  'quizSituation.lead_one':
    'One kind of group fits this. The quiz can say more about how well it suits you: <link0>answer its questions</link0>.',
  'quizSituation.lead_other':
    '{{count}} kinds of group fit this, the closest first. To put them in order for you, <link0>answer the quiz</link0>.',
  'quizSituation.otherSituations': 'Something else brings you here?',

  // ── layout-and-articles ──
  'breadcrumbs.label': 'Breadcrumb',
  'breadcrumbs.home': 'Home',
  // The header on every page: a calm link to crisis lines, and the control that opens the menu on small screens.
  'header.helpNow': 'Help now',
  'header.menu': 'Menu',
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
  'learn.title': 'Learn about self-help groups',
  'learn.description':
    'Articles on what self-help groups are, peer and professional models, experiential knowledge, stigma and coping.',
  'learn.lead': 'Short articles, each checked against its sources, in the order we suggest reading them.',
  // The parts of the reading path: the Learn page's headings, each with a line on what it covers.
  ...prefixKeys('learnStage', {
    'start-here': 'Start here',
    'how-groups-work': 'How groups work',
    'how-groups-help': 'How groups can help',
    'taking-part': 'Taking part',
  } as const satisfies Record<ReadingStage, string>),
  ...prefixKeys('learnStageIntro', {
    'start-here':
      'What self-help groups are, how many people have taken part in them, and what research says about whether they help.',
    'how-groups-work': 'Who leads a group, and the kind of knowledge members bring to it.',
    'how-groups-help': 'Gaining control over a problem, facing shame and stigma, and coping with loss and change.',
    'taking-part':
      'How groups meet, how to find one that fits you, what to expect at a first meeting, and support after a partner dies.',
  } as const satisfies Record<ReadingStage, string>),
  'article.readingTime_one': '{{count}} minute read',
  'article.readingTime_other': '{{count}} minute read',
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
  'groupType.formats': 'Formats',
  'groupType.whereToFind': 'Where to find one',
  'groupType.share': 'Share this page',
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
  // The pointer to /help-now/ at the end of pages.
  'helpNowPointer.heading': 'If you need to talk to someone now',
  'helpNowPointer.text':
    'A group is not an emergency service. If you are in danger or thinking about ending your life, call your local emergency number or see <link0>crisis lines you can call or text now</link0>.',
  // Review dates; {{date}} is a <time> element.
  'reviewDates.lastReviewed': 'Last reviewed {{date}}',
  'reviewDates.nextReviewDue': 'Next review due {{date}}',
  'sourceList.heading': 'Sources',
  // A reference in a plain author–date style, one part per message; the parts join with spaces.
  'reference.authorsYear': '{{authors}} ({{year}}).',
  'reference.titleYear': '“{{title}}” ({{year}}).',
  'reference.yearOnly': '({{year}}).',
  // An undated web page: "no date" stands where the year goes.
  'reference.authorsNoDate': '{{authors}} (no date).',
  'reference.titleNoDate': '“{{title}}” (no date).',
  'reference.noDate': '(No date.)',
  'reference.title': '{{title}}.',
  'reference.containerWithLocator': '{{container}} {{locator}}.',
  'reference.container': '{{container}}.',
  'reference.publisher': '{{publisher}}.',
  'reference.doi': 'doi:{{doi}}',
  // The email a "Suggest a correction" link opens.
  'correction.subject': 'Correction: {{name}}',
  'correction.body': 'Page: {{url}}\n\nWhat should change, and where did you see it?\n',
  // "Link to us" on the organizers' page.
  'linkToUs.heading': 'Link to us',
  'linkToUs.intro': 'Every page keeps its address. You can also link to a filtered view of the directory. For example:',
  'linkToUs.example': '<link0>{{label}}</link0>: <code>{{address}}</code>',
  'linkToUs.exampleGroups': 'Compare kinds of groups',
  'linkToUs.exampleQuiz': 'Find a group that fits',
  'linkToUs.exampleDirectory': 'Online grief support in the directory',
  'linkToUs.exampleHelpNow': 'Crisis lines and helplines',
  'linkToUs.snippetIntro': 'To add a link to your own site, copy this HTML:',
  'linkToUs.snippetText': '{{siteName}}: self-help groups, mutual aid and peer support, explained plainly',
  'linkToUs.copy': 'Copy the HTML',
  'linkToUs.copied': 'Copied',
  'qrCode.label': 'QR code for {{name}}',
  'qrCode.caption': 'Scan the code or go to <strong>{{address}}</strong>',
  // Shown instead of the QR code on narrow screens (a phone cannot scan itself); {{address}} is the full URL.
  'qrCode.address': 'The address of {{name}}: <link0>{{address}}</link0>',
  // Above the kinds-of-groups table on screens too narrow for all its columns.
  'groups.tableScrollHint': 'Scroll sideways to see all the columns.',
  // The 404 page.
  'notFound.title': 'Page not found',
  'notFound.description': 'We could not find that page. Try the main sections of {{siteName}}, or search the site.',
  'notFound.explanation':
    'If you typed the web address, check it is correct. If you followed a link, the page may have moved.',
  'notFound.optionsIntro': 'You can:',
  'notFound.learn': 'learn about self-help groups',
  'notFound.quiz': 'find a kind of group that fits you',
  'notFound.resources': 'browse organizations and helplines',
  'notFound.search': 'search the site',
  'notFound.helpNow': '<strong>Need help now?</strong> <link0>See crisis lines you can call or text</link0>.',
  // The about page.
  'about.title': 'About {{siteName}}',
  'about.description':
    'What {{siteName}} is, who writes it, how we check every fact against its source, and our privacy promise.',
  'about.crumb': 'About',
  'about.lead':
    '{{siteName}} explains self-help groups (also called mutual help, mutual aid or support groups) in plain language. It is for people learning about groups, people looking for one, and people who start or run them.',
  'about.editorialHeading': 'Editorial policy',
  'about.editorialPlainLanguage':
    'We write short sentences in plain, kind language, and we put the person first ("a person with an addiction").',
  'about.editorialNoAdvice':
    'We do not give medical advice. A group is not a replacement for care from a professional.',
  'about.editorialReviewDates': 'Every article shows when it was last reviewed and when its next review is due.',
  'about.editorialOldFigures':
    'We say when a figure is old. For example, the best-known counts of groups date from the early 1990s in the US.',
  'about.factsHeading': 'How we check facts',
  'about.factsSources':
    'Our articles grow from an encyclopedia entry on self-help groups. Each claim cites its source, and our <link0>references page</link0> shows only the bibliographic details we could verify. Where only an author and year are known, we say so rather than guess.',
  'about.factsOrganizations':
    "We list an organization only if our research team found its details in public sources. We publish only the details that were confirmed. Our research worked from saved copies of those web pages, so each entry says when its details were recorded, and whether we have since checked them on the live website. Phone numbers and hours can change, so please check the organization's own site before relying on them.",
  'about.privacyHeading': 'Our privacy promise',
  'about.privacyNoTracking': 'No cookies, no analytics and no tracking of any kind.',
  'about.privacyOwnFiles':
    'Every file comes from this site. We load nothing from any other company: no fonts, videos or embeds.',
  'about.privacyTheme':
    'If you choose a light or dark theme, your browser remembers it on your device. It is never sent to us.',
  'about.privacyQuiz':
    'Answers to the "{{quizName}}" questions stay in your browser. They are never sent to any server.',
  'about.privacyTested': 'Our automated tests check these promises on every page, every time the site is built.',
  // The help-now page.
  'helpNow.title': 'Need help now?',
  'helpNow.description':
    'Emergency numbers, crisis lines and helplines you can call or text now, country by country. Free and confidential.',
  'helpNow.danger': 'If someone is in danger now, call the emergency number:',
  'helpNow.countriesHeading': 'Choose your country',
  'helpNow.countriesIntro': 'Each country has its emergency number first, then crisis lines, then other helplines.',
  'helpNow.confidential':
    'Crisis lines and helplines are free and confidential. You can contact them for yourself or for someone you are worried about.',
  // A country's section: its emergency numbers, then ways in for deaf people, then its lines.
  'helpNow.emergencyHeading': 'In an emergency',
  'helpNow.accessHeading': 'If you are deaf, hard of hearing or find speaking hard',
  'helpNow.accessWebsite': 'Register at {{host}}',
  'helpNow.emergencySources': 'Where these numbers come from ({{number}})',
  'helpNow.emergencyRecorded':
    'Our research team recorded these numbers on {{date}}, from saved copies of official web pages.',
  'helpNow.crisisLinesHeading': 'Crisis lines',
  'helpNow.helplinesHeading': 'Helplines for information and support',
  'helpNow.helplinesIntro':
    'These lines are not crisis services. They can help you find information, support groups and services.',
  'helpNow.otherCountry': 'Choose another country',
  'helpNow.sourceNote':
    "Every number here comes from our <link0>researched list of organizations</link0>. Numbers and hours can change: check the organization's own site if you can.",
  // The glossary.
  'glossary.title': 'Glossary',
  'glossary.description':
    'Plain-language meanings of the words used about self-help groups, from experiential knowledge to the helper therapy principle.',
  'glossary.lead': 'What the words used about self-help groups mean, in plain language.',
  'glossary.alsoKnownAs': 'Also called: {{names}}.',
  'glossary.sourcesLabel': 'Source:',
  // The references page.
  'references.title': 'References',
  'references.description':
    'The works {{siteName}} cites, with only the bibliographic details we could verify and a note of how far each was checked.',
  'references.lead':
    'We show only the details we could verify. Where we know just the author and year, we say so rather than guess.',
  'references.checked': 'Checked: {{status}}',
  'references.citedOnLabel': 'Cited on:',
  'references.citedOnGlossary': 'Glossary: {{term}}',
  // A link to a work read online; {{host}} is the site's address without www.
  'references.readOnline': 'Read it on {{host}}',
  // The organizers' page.
  'organize.title': 'Start or run a self-help group',
  'organize.description':
    'For organizers: how to start a self-help group, run the first meeting, agree ground rules and keep it going, with handouts to print.',
  'organize.crumb': 'Organize',
  'organize.lead': 'Guides and printable handouts for people who start or run a group, and places that can help.',
  'organize.guidesHeading': 'Guides',
  'organize.handoutsHeading': 'Handouts to print',
  'organize.handoutsIntro': 'Each handout fits on one page of A4 or US Letter and carries a QR code back to its page.',
  'organize.clearinghousesHeading': 'Clearinghouses that help people start groups',
  'organize.clearinghousesIntro':
    'Self-help clearinghouses keep lists of groups and advise people who want to start one.',
  'organize.directoryLink': 'See every organization in the <link0>directory</link0>, which you can filter and link to.',
  // The open-data page; field names and values in <code> are the files' own and stay as they are.
  'openData.title': 'Open data for directories',
  'openData.description':
    'Download our researched list of organizations and helplines as open data, in our own JSON format or in the HSDS 3.0 standard.',
  'openData.crumb': 'Open data',
  // {{date}} is a <time> element.
  'openData.lead_one':
    'Our list of researched organizations and helplines is open data. Other directories, helplines and researchers can reuse it. It holds {{count}} entry. It last changed on {{date}}.',
  'openData.lead_other':
    'Our list of researched organizations and helplines is open data. Other directories, helplines and researchers can reuse it. It holds {{count}} entries. It last changed on {{date}}.',
  'openData.filesHeading': 'The two files',
  'openData.filesIntro': 'Both files hold the same entries. Pick the one that suits your tools.',
  'openData.ownFormat': 'Our own format',
  'openData.ownFormatText':
    '<link0>{{address}}</link0>. A simple JSON file that follows the fields on our <link1>resources page</link1>. Its schema is at <link2>{{schemaAddress}}</link2> (JSON Schema, draft 2020-12). This is format version {{version}}.',
  'openData.hsdsFormat': 'Open Referral HSDS 3.0',
  'openData.hsdsFormatText':
    '<link0>{{address}}</link0>. The Human Services Data Specification is the open standard many community directories use, including 211 services. Use this file if your system already reads HSDS.',
  'openData.verifiedHeading': 'Only verified facts',
  'openData.verifiedVetted':
    "Each entry comes from our research team's vetted list. We include only the details they confirmed in public sources. Anything they could not confirm stays out. We never fill a gap with a guess.",
  'openData.verifiedSources':
    "Every entry lists the pages we checked it against. Phone numbers and hours can change, so check the organization's own site before you rely on them.",
  'openData.fieldsHeading': 'What each entry holds',
  'openData.fieldsIntro': 'In our own format, each entry in <code>resources</code> has these fields.',
  'openData.fieldIdTerm': '<code>id</code>',
  'openData.fieldId': 'A short name for the entry. It stays the same when details change.',
  'openData.fieldNameTerm': '<code>name</code>, <code>summary</code>',
  'openData.fieldName': "The organization's own name, and what it offers in plain words.",
  'openData.fieldKindTerm': '<code>kind</code>, <code>region</code>',
  'openData.fieldKind':
    'What kind of service it is (such as <code>helpline</code>) and where it works (such as <code>US</code>).',
  'openData.fieldWebsiteTerm': '<code>website</code>, <code>finder</code>',
  'openData.fieldWebsite': 'Its website and its group finder. Each is left out when we could not confirm it.',
  'openData.fieldPhonesTerm': '<code>phones</code>',
  'openData.fieldPhones':
    'Each number as published, what happens when you call, the hours if known, and a <code>tel:</code> link.',
  'openData.fieldTextsTerm': '<code>texts</code>',
  'openData.fieldTexts':
    'Each text line as published, what happens when you text, and an <code>sms:</code> link when there is a number.',
  'openData.fieldServesTerm': '<code>serves</code>, <code>ledBy</code>, <code>approach</code>',
  'openData.fieldServes':
    'Who it is for, who leads it, and whether it is secular or spiritual. Left out when the sources do not say.',
  'openData.fieldFormatsTerm': '<code>formats</code>, <code>topics</code>, <code>languages</code>',
  'openData.fieldFormats': 'How people can reach it, what it helps with, and the languages offered.',
  'openData.fieldSourcesTerm': '<code>sources</code>',
  'openData.fieldSources': 'The pages we checked the facts against.',
  'openData.fieldRecordedTerm': '<code>recorded</code>',
  'openData.fieldRecorded':
    'When our research team recorded the facts from copies of the pages in <code>sources</code>, written as YYYY-MM-DD. This is not a check of the live website.',
  'openData.fieldCheckedLiveTerm': '<code>checkedLive</code>',
  'openData.fieldCheckedLive':
    'When we last found the phone numbers and text lines on the live sources. Left out until we have.',
  'openData.fieldUrlTerm': '<code>url</code>',
  'openData.fieldUrl': 'The entry on our resources page. Link to it if you credit us.',
  'openData.fileFields':
    'The file also says its format <code>version</code>, its <code>license</code>, and <code>generated</code>: the date of the newest record or check. The schema describes every field and every allowed value.',
  'openData.hsdsHeading': 'The HSDS file',
  'openData.hsdsIntro':
    'The HSDS file is a JSON list of organizations. Each organization has a <code>services</code> list with one service, the same nesting as the official HSDS example. Organizations follow the HSDS organization schema, and services follow the service schema.',
  'openData.hsdsOrganization':
    'The organization has our name, summary and website. The service adds its phones, languages, area, who it is for and, as <code>assured_date</code>, the date we last checked it live, or else the date our research recorded it.',
  'openData.hsdsPhones':
    'Phone lines have the type <code>voice</code>, or <code>textphone</code> for a TTY line. Text lines have the type <code>text</code>, with the words to send in the description.',
  'openData.hsdsServiceArea':
    'The service address is the group finder when there is one, or else the website. Where it works becomes a service area, such as "{{region}}".',
  'openData.hsdsStatus':
    'HSDS requires a status for each service. We mark every service as <code>active</code>, because our sources showed it operating when we recorded it.',
  'openData.hsdsIds':
    "Each id is a UUID made from our entry's <code>id</code>. It is the same in every build, so you can update records rather than add new ones.",
  'openData.hsdsLeftOut':
    'We leave out what we could not confirm: addresses, opening schedules, emails, fees and age limits. Our sources are in the other file.',
  'openData.updatesHeading': 'How often it changes',
  'openData.updatesText':
    'Both files are rebuilt each time we publish the site. They change only when an entry changes. Each entry has its own <code>recorded</code> date, and a <code>checkedLive</code> date once we have checked it live, so you can see how fresh each one is.',
  'openData.licenseHeading': 'License',
  'openData.licenseText':
    'We chose to offer our data files under the <link0>Creative Commons Attribution 4.0 license (CC BY 4.0)</link0>. You may copy, change and share them, also for commercial use. Please credit "{{siteName}}" and link to this page or to the entry\'s <code>url</code>.',
  'openData.hsdsLicense':
    'The HSDS standard itself, with its schemas, belongs to <link0>Open Referral</link0>. It is published under CC BY-SA 4.0. That license covers the standard, not our data.',
  'openData.reuseHeading': 'How to reuse the data',
  'openData.reuseDownload': 'Download the file you need. Both are plain JSON.',
  'openData.reuseValidate': 'Check it against its schema before you import it.',
  'openData.reuseMatch': 'Match entries on <code>id</code> (or the HSDS UUID) so that updates replace old records.',
  'openData.reuseShowDates':
    'Show the <code>recorded</code> and <code>checkedLive</code> dates next to phone numbers and hours.',
  'openData.reuseRefresh': 'Download the file again from time to time to pick up changes.',
  'openData.corrections':
    'Found a detail that is out of date? Email <link0>{{address}}</link0> and we will check it again.',
  // Text in the published data files (written once, in the default language).
  'openData.schemaTitle': '{{siteName}} resources',
  'openData.schemaDescription':
    'The vetted organizations, helplines and group networks listed on {{siteName}}, with only their verified fields. Rebuilt with the site.',
  'openData.hsdsPhoneDescription': '{{label}} (hours: {{hours}})',
  'openData.hsdsTextDescription': '{{how}}: {{label}}',
} as const;
