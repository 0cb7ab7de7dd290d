import { z } from 'astro/zod';
import { countries } from '../config/taxonomy';
import { calendarDate } from './calendar-date';
import { researchEvidence } from './research-evidence';

/** Digits, spaces and hyphens only, as the resources' phone numbers ("911", "000"). */
const dialNumber = () =>
  z.string().regex(/^[0-9 -]{3,12}$/, 'Write the number with digits, spaces or - only, in quotes: "000".');

/** Reader text written from the quotations; it may not add a number they do not give. */
const says = () => z.string().trim().min(10).max(300);

/**
 * One country's emergency numbers, for /help-now/ (content/emergency-numbers/<country>.yaml).
 * Every fact carries the research's words for it; the reader text is ours.
 */
export const emergencyNumbersSchema = z.object({
  /** The country, from src/config/taxonomy.ts; its name comes from the catalogue (country.*). */
  country: z.enum(countries),
  /** The numbers to call in an emergency, most used first. */
  numbers: z
    .array(
      z.object({
        /** The number as people dial it, e.g. "999". */
        number: dialNumber(),
        /** The research's words naming this number as the country's emergency number. */
        evidence: z.array(researchEvidence()).min(1),
      }),
    )
    .min(1, 'Give at least one emergency number.'),
  /** A short plain fact about calling, e.g. "Both numbers are free", shown under the numbers. */
  note: z
    .object({
      /** What the reader reads. */
      says: says(),
      /** Where it comes from. */
      evidence: z.array(researchEvidence()).min(1),
    })
    .optional(),
  /** How deaf, hard of hearing or speech-impaired people reach the emergency services; empty when the research found none. */
  access: z
    .array(
      z.object({
        /** What to do, in plain words. */
        says: says(),
        /** A number to call for this way in (a tap target), e.g. a textphone number. */
        call: dialNumber().optional(),
        /** A text instruction for this way in (a tap target), e.g. "Text register to 999". */
        text: z.string().trim().min(6).optional(),
        /** A page for this way in (a tap target), e.g. where to register for emergency texts. */
        website: z.url().optional(),
        /** Where it comes from. */
        evidence: z.array(researchEvidence()).min(1),
      }),
    )
    .default([]),
  /** The pages the research read these facts on (each listed in the research file). */
  sources: z.array(z.url()).min(1, 'List the pages the facts come from.'),
  /** When the research recorded these facts from saved copies of the pages (YYYY-MM-DD). Not a live check. */
  recorded: calendarDate(),
});
