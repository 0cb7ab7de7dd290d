import { z } from 'astro/zod';
import { countries, needTopics } from '../config/taxonomy';
import { calendarDate } from './calendar-date';
import { checkedReference } from './checked-reference';
import { researchEvidence } from './research-evidence';
import { webUrl } from './text-limits';

/** The research's words for a fact: at least one quotation, each graded A or B as allowed. */
const evidenceList = () => z.array(researchEvidence()).min(1, 'Quote the research for this fact.');

/**
 * One way to find a group near you, in one country: a service to call, a website, or a kind of
 * place to ask. It either says its own name and summary (with the research's words for them), or
 * points to a resource in content/resources and shows that resource's verified name, summary and
 * contacts, so a number is never copied into two places.
 */
const findingWay = z
  .object({
    /** The way's name as the reader reads it, e.g. "211"; leave out to use the resource's name. */
    name: z.string().trim().min(2).max(80).optional(),
    /** One to three short sentences in our plain words, saying nothing the quotations do not; leave out to use the resource's summary. */
    summary: z.string().trim().min(30).max(400).optional(),
    /** The research's words for the name and summary. */
    evidence: z.array(researchEvidence()).default([]),
    /** What it helps with (needTopics); 'general' means it helps whatever the reader is living with. */
    topics: z.array(z.enum(needTopics)).min(1, 'Name at least one topic it helps with, or general.'),
    /** A number to call (a tap target), with the research's words that give it. */
    call: z
      .object({
        /** The number as people dial it, e.g. "211". */
        number: z
          .string()
          .regex(/^[0-9 -]{3,15}$/, 'Write the number with digits, spaces or - only, in quotes: "211".'),
        /** The research's words giving this number. */
        evidence: evidenceList(),
      })
      .optional(),
    /** A web address (a tap target), exactly as a quotation gives it. */
    website: z
      .object({
        /** The address, https only; it must appear in one of its quotations. */
        url: webUrl(),
        /** The research's words that give this address. */
        evidence: evidenceList(),
      })
      .optional(),
    /** A resource in content/resources this way is: its name, summary and contacts are shown. */
    resource: checkedReference('resources').optional(),
  })
  .refine((way) => way.resource !== undefined || (way.name !== undefined && way.summary !== undefined), {
    error: 'Give a name and a summary, or point to a resource (resource: <id>) whose own are shown.',
    path: ['name'],
  })
  .refine((way) => (way.summary === undefined && way.name === undefined) || way.evidence.length > 0, {
    error: 'A name or summary of our own needs evidence: the research\u2019s words for it.',
    path: ['evidence'],
  })
  .refine((way) => way.resource === undefined || (way.call === undefined && way.website === undefined), {
    error: 'A way that points to a resource shows that resource\u2019s contacts: leave out call and website.',
    path: ['resource'],
  });

/**
 * One country's ways to find a local group (content/local-finders/<country>.yaml), shown by
 * LocalFinders.astro. Every fact carries the research's words for it; the reader text is ours.
 */
export const localFindersSchema = z.object({
  /** The country, from src/config/taxonomy.ts; its name comes from the catalogue (country.*). */
  country: z.enum(countries),
  /** The ways to find a group there, most widely useful first. */
  ways: z.array(findingWay).min(1, 'Give at least one way to find a group.'),
  /** The pages the research read these facts on (each listed in a research file). */
  sources: z.array(z.url()).min(1, 'List the pages the facts come from.'),
  /** When the research recorded these facts from saved copies of the pages (YYYY-MM-DD). Not a live check. */
  recorded: calendarDate(),
});
