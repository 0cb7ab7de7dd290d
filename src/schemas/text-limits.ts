import { z } from 'astro/zod';

/**
 * Page titles: at most 60 characters so search engines show them whole
 * (GOV.UK's content design guidance uses 65; we keep a little margin).
 */
export function pageTitle() {
  return z
    .string()
    .trim()
    .min(3, 'Add a title of at least 3 characters.')
    .max(60, 'Keep the title to 60 characters or fewer, so search results show it whole.');
}

/** Meta descriptions: 50–160 characters, the length search engines show without cutting. */
export function pageDescription() {
  return z
    .string()
    .trim()
    .min(50, 'Write a description of at least 50 characters: one full sentence about the page.')
    .max(160, 'Keep the description to 160 characters or fewer, so search results show it whole.');
}

/** Alt text: required, and short enough to hear in one breath. */
export function altText() {
  return z
    .string({ error: 'Every picture needs alt text that says what it shows.' })
    .trim()
    .min(5, 'Describe the picture in the alt text (at least 5 characters).')
    .max(200, 'Keep alt text under 200 characters; put longer descriptions in the body.');
}

/**
 * An absolute https address. Readers follow these links, so plain http is refused: an entry
 * whose only verified address is http leaves the field out rather than guess an https one.
 */
export function webUrl() {
  return z.url({ protocol: /^https$/, error: 'Use a full web address starting with https://.' });
}
