/**
 * The content model. Every collection loads from the top-level `content/` folder (or from
 * `CONTENT_DIR`, so the benchmark and the malformed-content tests can build other corpora).
 * A broken file fails the build with a message naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { calendarDate } from './schemas/calendar-date';
import { checkedReference } from './schemas/checked-reference';
import { collectionFiles, contentDir, type CollectionName } from './schemas/collection-files';
import { emergencyNumbersSchema } from './schemas/emergency-numbers';
import { localFindersSchema } from './schemas/local-finders';
import {
  phoneFieldDescriptions,
  resourceFieldDescriptions,
  textLineFieldDescriptions,
} from './schemas/resource-fields';
import { altText, webUrl, pageDescription, pageTitle } from './schemas/text-limits';
import {
  approaches,
  audiences,
  formats,
  leadership,
  learnTopics,
  meetingStructures,
  needTopics,
  readingStages,
  regions,
  resourceKinds,
  servesOptions,
  toolkitKinds,
  verificationStatuses,
} from './config/taxonomy';

/** Loads every file of one collection from its folder in the content directory. */
function filesOf(collection: CollectionName) {
  const { folder, extension } = collectionFiles[collection];
  return glob({ pattern: `**/*${extension}`, base: `${contentDir}/${folder}` });
}

/** Fields every page-like entry shares: title, description, review dates and search words. */
const pageFields = {
  /** Page title, shown as the H1 and in search results (≤ 60 characters). */
  title: pageTitle(),
  /** One-sentence summary for search engines, link previews and cards (50–160 characters). */
  description: pageDescription(),
  /** When an editor last checked every fact on the page against its sources. */
  reviewed: calendarDate(),
  /** When the page must be checked again; must come after `reviewed`. */
  nextReview: calendarDate(),
  /** Words people search for that the page does not use itself, e.g. "AA" or "12 step". */
  keywords: z.array(z.string().trim().min(2)).default([]),
};

/** Works an entry cites; each must exist in the references collection. */
const citedWorks = () => z.array(checkedReference('references')).default([]);

/**
 * A page-like collection's schema: the shared page fields plus its own, with the one rule every
 * page has, that its next review comes after the last.
 */
function pageSchema<Shape extends z.ZodRawShape>(shape: Shape) {
  // TypeScript cannot see pageFields' keys through the generic spread, so the rule names its input.
  const reviewIsAfter = (entry: object) => {
    const { reviewed, nextReview } = entry as { reviewed: Date; nextReview: Date };
    return nextReview > reviewed;
  };
  return z.object({ ...pageFields, ...shape }).refine(reviewIsAfter, {
    error: 'nextReview must come after reviewed.',
    path: ['nextReview'],
  });
}

const articles = defineCollection({
  loader: filesOf('articles'),
  schema: pageSchema({
    /** First publication date, used by the RSS feed. */
    published: calendarDate(),
    /** Learning topics; the first one is the article's main topic. */
    topics: z.array(z.enum(learnTopics)).min(1, 'Give the article at least one topic.'),
    /** Who the article is for. */
    audiences: z.array(z.enum(audiences)).min(1, 'Name at least one audience.'),
    /** The part of the reading path the Learn page lists the article under. */
    stage: z.enum(readingStages),
    /** Position in the core reading path (1 = first); leave out for articles outside it. */
    order: z.number().int().positive().optional(),
    /** Two to five short sentences shown as "Key points" at the top. */
    keyPoints: z.array(z.string().trim().min(10).max(200)).min(2).max(5),
    /** Works the article cites. */
    citations: citedWorks(),
    /** Kinds of group the article relates to. */
    relatedGroupTypes: z.array(checkedReference('groupTypes')).default([]),
    /** Optional picture shown under the title. */
    image: z
      .object({
        /** Path under public/. */ src: z.string().startsWith('/'),
        /** What the picture shows. */ alt: altText(),
      })
      .optional(),
    /** Drafts build in development only. */
    draft: z.boolean().default(false),
  }),
});

const groupTypes = defineCollection({
  loader: filesOf('groupTypes'),
  schema: pageSchema({
    /** Short name used in tables and quiz results, e.g. "Twelve-step fellowships". */
    shortName: z.string().trim().min(3).max(40),
    /** What people in this kind of group are living with. */
    needs: z.array(z.enum(needTopics)).min(1),
    /** Who leads the meetings. */
    leadership: z.enum(leadership),
    /** Whether a spiritual element is part of the approach. */
    approach: z.enum(approaches),
    /** How a meeting usually runs. */
    structure: z.array(z.enum(meetingStructures)).min(1),
    /** How people can take part. */
    formats: z.array(z.enum(formats)).min(1),
    /** Vetted organizations that run or list groups of this kind. */
    resources: z.array(checkedReference('resources')).default([]),
    /** Articles to read next. */
    relatedArticles: z.array(checkedReference('articles')).default([]),
    /** Works cited on the page. */
    citations: citedWorks(),
  }),
});

// What each field means is written once, in src/schemas/resource-fields.ts, and shared with the
// published record of /resources.json (src/open-data/resources-schema.ts).
const phone = z.object({
  number: z
    .string()
    .regex(/^[0-9+() -]{3,20}$/, 'Write the phone number with digits, spaces, +, ( ) or - only.')
    .meta({ description: phoneFieldDescriptions.number }),
  label: z.string().trim().min(3).meta({ description: phoneFieldDescriptions.label }),
  hours: z.string().trim().min(2).optional().meta({ description: phoneFieldDescriptions.hours }),
});

const textLine = z.object({
  how: z.string().trim().min(3).meta({ description: textLineFieldDescriptions.how }),
  label: z.string().trim().min(3).meta({ description: textLineFieldDescriptions.label }),
});

const resources = defineCollection({
  loader: filesOf('resources'),
  schema: z.object({
    name: z.string().trim().min(2).max(120).meta({ description: resourceFieldDescriptions.name }),
    kind: z.enum(resourceKinds).meta({ description: resourceFieldDescriptions.kind }),
    region: z.enum(regions).meta({ description: resourceFieldDescriptions.region }),
    /** The vetted notes, edited for readers. */
    summary: z.string().trim().min(40).max(700).meta({ description: resourceFieldDescriptions.summary }),
    /** Words people search for that the summary does not use ("widow", "my husband died"): search index only, never shown. */
    keywords: z.array(z.string().trim().min(2)).default([]),
    website: webUrl().optional().meta({ description: resourceFieldDescriptions.website }),
    finder: webUrl().optional().meta({ description: resourceFieldDescriptions.finder }),
    phones: z.array(phone).default([]).meta({ description: resourceFieldDescriptions.phones }),
    texts: z.array(textLine).default([]).meta({ description: resourceFieldDescriptions.texts }),
    serves: z.enum(servesOptions).optional().meta({ description: resourceFieldDescriptions.serves }),
    ledBy: z.enum(leadership).optional().meta({ description: resourceFieldDescriptions.ledBy }),
    approach: z.enum(approaches).optional().meta({ description: resourceFieldDescriptions.approach }),
    formats: z.array(z.enum(formats)).default([]).meta({ description: resourceFieldDescriptions.formats }),
    topics: z.array(z.enum(needTopics)).min(1).meta({ description: resourceFieldDescriptions.topics }),
    languages: z.array(z.string().trim().min(2)).default([]).meta({ description: resourceFieldDescriptions.languages }),
    /** From the vetted file. */
    sources: z
      .array(z.url({ error: 'Each source must be a full web address.' }), {
        error: 'List the sources the facts were checked against.',
      })
      .min(1, 'List at least one source for the facts.')
      .meta({ description: resourceFieldDescriptions.sources }),
    /** Set by the importer. */
    recorded: calendarDate().meta({ description: resourceFieldDescriptions.recorded }),
    /** Set by `npm run check:external`; absent until a maintainer runs it. */
    checkedLive: calendarDate().optional().meta({ description: resourceFieldDescriptions.checkedLive }),
  }),
});

const glossary = defineCollection({
  loader: filesOf('glossary'),
  schema: z.object({
    /** The term as readers meet it in the text. */
    term: z.string().trim().min(2).max(60),
    /** A plain-language definition in one or two short sentences. */
    definition: z.string().trim().min(20).max(300),
    /** Other names for the same idea. */
    alsoKnownAs: z.array(z.string().trim().min(2)).default([]),
    /** Works the definition rests on. */
    citations: citedWorks(),
  }),
});

const references = defineCollection({
  loader: filesOf('references'),
  schema: z.object({
    /** The author–year label used in the seed, e.g. "Riessman 1965". */
    citeAs: z.string().trim().min(4).max(60),
    /** Authors as "Family, Given", when verified. */
    authors: z.array(z.string().trim().min(2)).default([]),
    /** Year of publication; leave out for an undated web page (shown as "no date"), never guess it. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Title, only when verified or likely. */
    title: z.string().trim().min(2).optional(),
    /** Journal or series, when verified. */
    container: z.string().trim().min(2).optional(),
    /** Volume(issue) and pages as published, when verified. */
    locator: z.string().trim().min(1).optional(),
    /** Publisher and place for books, when verified. */
    publisher: z.string().trim().min(2).optional(),
    /** The web page's address, for a work read online, exactly as the research file gives it. */
    url: z.url({ error: 'Write the web address in full, starting https:// or http://.' }).optional(),
    /** DOI without the https://doi.org/ prefix, when verified. */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'Write the DOI as 10.xxxx/…, without https://doi.org/.')
      .optional(),
    /** How much of this record was verified, from research/bibliography.md. */
    status: z.enum(verificationStatuses),
    /** What the site cites the work for, in our words. */
    note: z.string().trim().min(10).max(300).optional(),
  }),
});

const quiz = defineCollection({
  loader: filesOf('quiz'),
  schema: z
    .object({
      /** Position in the quiz (1 = first question). */
      order: z.number().int().positive(),
      /** The question, asked kindly and plainly. */
      prompt: z.string().trim().min(10).max(120),
      /** A short hint under the question. */
      hint: z.string().trim().min(10).max(200).optional(),
      /**
       * Marks the question that asks what brings the person here: only the kinds of group its answer
       * gives a positive weight are suggested, and its answers name the `topics` of the situation.
       */
      situation: z.boolean().default(false),
      /** The answers a person can choose from. */
      options: z
        .array(
          z.object({
            /** Stable id used in the shareable URL fragment. */
            id: z.string().regex(/^[a-z0-9-]+$/, 'Option ids use lowercase letters, digits and hyphens.'),
            /** The answer as the person reads it. */
            label: z.string().trim().min(2).max(80),
            /** For the situation question: the answer in a few words, addressed to the reader, for its page's title. */
            short: z.string().trim().min(3).max(32).optional(),
            /** Why this answer moves the suggestions, shown in "why this fits". */
            reason: z
              .string({ error: 'Every option needs a short reason: why this answer moves the suggestions.' })
              .trim()
              .min(10, 'Every option needs a short reason (at least 10 characters).')
              .max(200),
            /** The ways of meeting this answer asks for: results then list first the organizations that offer them. */
            meets: z.array(z.enum(formats)).default([]),
            /** For the situation question: what the situation is about; results offer organizations on these topics. */
            topics: z.array(z.enum(needTopics)).default([]),
            /** Approaches this answer would rather avoid: results do not offer organizations that have them. */
            avoids: z.array(z.enum(approaches)).default([]),
            /** How much this answer counts towards each kind of group (-3 to 3). */
            weights: z
              .array(
                z.object({
                  /** The kind of group. */ groupType: checkedReference('groupTypes'),
                  /** How strongly. */ weight: z.number().int().min(-3).max(3),
                  /** Why this kind fits this answer, shown under this kind instead of the option's reason. */
                  reason: z.string().trim().min(10).max(200).optional(),
                }),
              )
              .default([]),
            /** Kinds of group this answer rules out of the top suggestions. */
            excludes: z.array(checkedReference('groupTypes')).default([]),
          }),
        )
        .min(2, 'A question needs at least two options.'),
    })
    .refine((question) => new Set(question.options.map((option) => option.id)).size === question.options.length, {
      error: 'Each option id must be unique within its question.',
      path: ['options'],
    })
    .refine(
      (question) =>
        !question.situation ||
        question.options.every(
          (option) =>
            option.topics.length > 0 && option.short !== undefined && option.weights.some(({ weight }) => weight > 0),
        ),
      {
        error:
          'Each answer to the situation question needs `topics`, a `short` name and at least one kind of group with a positive weight: those are the kinds it suggests.',
        path: ['options'],
      },
    ),
});

const toolkit = defineCollection({
  loader: filesOf('toolkit'),
  schema: pageSchema({
    /** A guide to read on screen, or a one-page handout to print. */
    kind: z.enum(toolkitKinds),
    /** Position in the toolkit's list (1 = first). */
    order: z.number().int().positive(),
    /** Works cited on the page. */
    citations: citedWorks(),
    /** Vetted organizations the page points to. */
    resources: z.array(checkedReference('resources')).default([]),
  }),
});

// One country's emergency numbers for /help-now/; each fact quotes research/emergency-numbers.md.
const emergencyNumbers = defineCollection({
  loader: filesOf('emergencyNumbers'),
  schema: emergencyNumbersSchema,
});

// One country's ways to find a local group (LocalFinders.astro); each fact quotes the research.
const localFinders = defineCollection({
  loader: filesOf('localFinders'),
  schema: localFindersSchema,
});

/** A word or phrase as people type it: lower case, so the search can compare it with what it reads. */
const typedWords = z
  .string()
  .trim()
  .min(1)
  .refine((text) => text === text.toLowerCase(), { error: 'Write search words in lower case.' });

// How people ask, for one language's search (src/search/); the file is named by its locale (en.yaml).
const searchLexicons = defineCollection({
  loader: filesOf('searchLexicons'),
  schema: z.object({
    /** Words too common to narrow a search ("my", "how"), left out of a query that has others. */
    ignore: z.array(typedWords).min(1),
    /** Everyday words and the words the site's pages use for the same thing. */
    synonyms: z.array(
      z.object({
        /** What readers type: words or phrases ("husband", "passed away"). */
        typed: z.array(typedWords).min(1),
        /** Words the pages use for it, searched as well ("partner", "widowed"). */
        finds: z.array(typedWords).min(1),
      }),
    ),
  }),
});

export const collections = {
  articles,
  groupTypes,
  resources,
  glossary,
  references,
  quiz,
  toolkit,
  emergencyNumbers,
  localFinders,
  searchLexicons,
};
