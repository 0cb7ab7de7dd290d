/**
 * Component acceptance criteria, rendered with the Astro Container API (GOV.UK Frontend style:
 * what each component must do for people using assistive technology).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import { pageLocals } from '../support/page-locals';
import en from '../../src/translations/en';
import Breadcrumbs from '../../src/components/layout/Breadcrumbs.astro';
import HelpNowPointer from '../../src/components/content/HelpNowPointer.astro';
import EmergencyNumbers from '../../src/components/content/EmergencyNumbers.astro';
import ResourceContacts from '../../src/components/content/ResourceContacts.astro';
import ResourceProvenance from '../../src/components/content/ResourceProvenance.astro';
import ReviewDates from '../../src/components/content/ReviewDates.astro';
import ThemeToggle from '../../src/components/layout/ThemeToggle.astro';
import Callout from '../../src/components/article/Callout.astro';
import ReadingPath from '../../src/components/article/ReadingPath.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('Breadcrumbs', () => {
  test('is a labelled nav; the current page is marked and not a link', async () => {
    const html = await container.renderToString(Breadcrumbs, {
      locals: pageLocals(),
      props: { trail: [{ href: '/learn/', label: 'Learn' }], current: 'Empowerment' },
    });
    expect(html).toMatch(new RegExp(`<nav[^>]*aria-label="${en['breadcrumbs.label']}"`));
    expect(html).toContain(`<a href="/">${en['breadcrumbs.home']}</a>`);
    expect(html).toContain('<a href="/learn/">Learn</a>');
    expect(html).toMatch(/<span aria-current="page">Empowerment<\/span>/);
    expect(html).not.toContain('href="/learn/empowerment/"');
  });
});

describe('ResourceContacts', () => {
  const resource = {
    phones: [
      { number: '1-800-662-4357', label: 'National Helpline', hours: '24/7' },
      { number: '988', label: 'Call 988; menu: press 1 Veterans Crisis Line', hours: '24/7' },
    ],
    texts: [
      { how: 'Text HOME to 741741', label: 'Text a counselor' },
      { how: 'Text your ZIP code to 435748', label: 'Find help near you' },
      { how: 'WhatsApp 442-AYUDAME', label: 'Spanish, on WhatsApp' },
    ],
    website: 'https://www.samhsa.gov/find-help/national-helpline',
  };
  const render = () => container.renderToString(ResourceContacts, { locals: pageLocals(), props: { resource } });
  /** Each link's text, without tags. */
  const linkTexts = (html: string) =>
    [...html.matchAll(/<a [^>]*>([\s\S]*?)<\/a>/g)].map((match) => (match[1] ?? '').replace(/<[^>]+>/g, '').trim());

  test('makes phone numbers tel: links and text lines sms: links, each one large link', async () => {
    const html = await render();
    expect(html).toContain('href="tel:18006624357"');
    expect(html).toContain('href="sms:741741?body=HOME"');
    expect(html).toContain('href="sms:435748"');
    expect(html.match(/<a class="contact-action"/g)).toHaveLength(5);
  });
  test('each link says the action and the number, and nothing else; the label and hours sit beside it', async () => {
    const html = await render();
    expect(linkTexts(html)).toEqual([
      'Call\u00a01\u2011800\u2011662\u20114357',
      'Call\u00a0988',
      'Text HOME to 741741',
      'Text your ZIP code to 435748',
      'Visit samhsa.gov',
    ]);
    expect(html).toContain('National Helpline');
    expect(html).toContain(en['directory.contactHours'].replace('{{hours}}', '24/7'));
  });
  test("a label that repeats the link's action is shown without it (labelled once)", async () => {
    const html = await render();
    expect(html).toContain('Menu: press 1 Veterans Crisis Line');
    expect(html).not.toContain('Call 988;');
  });
  test('a text line with no number to text is plain text, not a dead link', async () => {
    const html = await render();
    expect(html).toMatch(/<strong class="contact-action contact-action-static">WhatsApp 442-AYUDAME<\/strong>/);
  });
});

describe('EmergencyNumbers', () => {
  const entry = {
    id: 'uk',
    collection: 'emergencyNumbers',
    data: {
      country: 'UK',
      numbers: [
        { number: '999', evidence: [] },
        { number: '112', evidence: [] },
      ],
      note: { says: 'Both numbers work the same way.', evidence: [] },
      access: [
        { says: 'From a textphone (Minicom).', call: '18000', evidence: [] },
        { says: 'emergencySMS lets you text 999.', text: 'Text register to 999', evidence: [] },
        { says: 'The 999 BSL app connects you to an interpreter.', evidence: [] },
      ],
      sources: ['https://gov.uk/guidance/999', 'http://example.org/page'],
      recorded: new Date('2026-12-01T00:00:00Z'),
    },
  };
  test('gives each emergency number and each way in as one call or text link, the words beside it', async () => {
    const html = await container.renderToString(EmergencyNumbers, { locals: pageLocals(), props: { entry } });
    expect(html).toMatch(/<a class="contact-action contact-action-emergency" href="tel:999">\s*Call\u00a0999\s*<\/a>/);
    expect(html).toContain('href="tel:112"');
    expect(html).toMatch(/href="tel:18000">\s*Call\u00a018000\s*<\/a>/);
    expect(html).toMatch(/href="sms:999\?body=register">\s*Text register to 999\s*<\/a>/);
    expect(html).toContain(en['helpNow.accessHeading']);
    expect(html).toContain('The 999 BSL app connects you to an interpreter.');
  });
  test('says where the numbers come from, linking only https sources', async () => {
    const html = await container.renderToString(EmergencyNumbers, { locals: pageLocals(), props: { entry } });
    expect(html).toContain(`<summary>${en['helpNow.emergencySources'].replace('{{number}}', '2')}</summary>`);
    expect(html).toContain('<a href="https://gov.uk/guidance/999">gov.uk</a>');
    expect(html).not.toContain('href="http://example.org/page"');
  });
});

describe('ResourceProvenance', () => {
  const { t } = pageLocals();
  const data = {
    recorded: new Date('2026-11-27T00:00:00Z'),
    sources: ['https://www.samaritans.org/how-we-can-help/', 'http://example.org/page'],
  };
  test('says the details were recorded from saved pages, and that no live check was made', async () => {
    const html = await container.renderToString(ResourceProvenance, { locals: pageLocals(), props: { data } });
    expect(html).toContain(t('directory.provenanceRecorded', { date: 'November 27, 2026' }));
    expect(html).toContain(t('directory.provenanceNotCheckedLive'));
    expect(html).not.toMatch(/last checked/i);
    expect(html).not.toContain('<details');
  });
  test('gives the live-check date only when there is one, and lists the sources on the entry page', async () => {
    const html = await container.renderToString(ResourceProvenance, {
      locals: pageLocals(),
      props: { data: { ...data, checkedLive: new Date('2027-01-05T00:00:00Z') }, listSources: true },
    });
    expect(html).toContain(t('directory.provenanceCheckedLive', { date: 'January 5, 2027' }));
    expect(html).not.toContain(t('directory.provenanceNotCheckedLive'));
    expect(html).toContain(`<summary>${t('directory.provenanceSources', { number: 2 })}</summary>`);
    expect(html).toContain('<a href="https://www.samaritans.org/how-we-can-help/">samaritans.org</a>');
    expect(html).toContain('example.org');
    expect(html).not.toContain('href="http://example.org/page"');
  });
});

describe('ReviewDates', () => {
  test('gives both dates in words and in machine-readable form', async () => {
    const html = await container.renderToString(ReviewDates, {
      locals: pageLocals(),
      props: { reviewed: new Date('2026-11-27T00:00:00Z'), nextReview: new Date('2027-11-27T00:00:00Z') },
    });
    // The catalogue's sentence, with the date as a <time> where its placeholder is.
    const withTime = (key: 'reviewDates.lastReviewed' | 'reviewDates.nextReviewDue', time: string) =>
      en[key].replace('{{date}}', time);
    expect(html).toContain(
      withTime('reviewDates.lastReviewed', '<time datetime="2026-11-27">November 27, 2026</time>'),
    );
    expect(html).toContain(
      withTime('reviewDates.nextReviewDue', '<time datetime="2027-11-27">November 27, 2027</time>'),
    );
  });
});

describe('HelpNowPointer', () => {
  test('is a labelled landmark that links to /help-now/', async () => {
    const html = await container.renderToString(HelpNowPointer, { locals: pageLocals() });
    expect(html).toMatch(/<aside[^>]*aria-labelledby="help-now-pointer"/);
    expect(html).toContain('href="/help-now/"');
  });
});

describe('ThemeToggle', () => {
  test('renders a real button that shows only with JavaScript, from the first paint (no hidden attribute to lift)', async () => {
    const html = await container.renderToString(ThemeToggle, { locals: pageLocals() });
    expect(html).toMatch(/<button type="button" class="[^"]*\bjs-only\b[^"]*"[^>]*aria-pressed="false"/);
    expect(html).not.toMatch(/<button[^>]*\bhidden\b/);
    expect(html).toContain(en['theme.darkToggle']);
  });
});

describe('ReadingPath', () => {
  const entry = (id: string, title: string) => ({ id, data: { title } });
  test('is a labelled nav with the previous and next articles, each marked rel=prev or rel=next', async () => {
    const html = await container.renderToString(ReadingPath, {
      locals: pageLocals(),
      props: { previous: entry('one', 'First'), next: entry('three', 'Third') },
    });
    expect(html).toMatch(new RegExp(`<nav[^>]*aria-label="${en['article.readingPath']}"`));
    expect(html).toMatch(
      new RegExp(`<a href="/learn/one/" rel="prev">\\s*<span[^>]*>${en['article.previous']}</span> First`),
    );
    expect(html).toMatch(
      new RegExp(`<a href="/learn/three/" rel="next"[^>]*>\\s*<span[^>]*>${en['article.next']}</span> Third`),
    );
  });
  test('renders nothing off the path', async () => {
    const html = await container.renderToString(ReadingPath, {
      locals: pageLocals(),
      props: { previous: undefined, next: undefined },
    });
    expect(html).not.toContain('<nav');
  });
});

describe('Callout', () => {
  test('is a note whose title starts with its kind, in words', async () => {
    const html = await container.renderToString(Callout, {
      locals: pageLocals(),
      props: { type: 'caution', title: 'Check the source' },
      slots: { default: '<p>Body</p>' },
    });
    expect(html).toMatch(/<div class="callout callout-caution" role="note">/);
    expect(html).toContain(`<strong>${en['callout.caution']}</strong> Check the source`);
  });
});
