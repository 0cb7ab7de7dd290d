/**
 * The QR code and the parts of pages whose text ran together (issue 14), rendered with the Astro
 * Container API.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import { findGluedText } from '../support/find-glued-text';
import { pageLocals } from '../support/page-locals';
import en from '../../src/translations/en';
import QrCode from '../../src/components/toolkit/QrCode.astro';
import ReviewDates from '../../src/components/content/ReviewDates.astro';
import ReadingPath from '../../src/components/article/ReadingPath.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const inPage = (html: string) => `<!doctype html><html><body>${html}</body></html>`;

describe('QrCode', () => {
  const url = 'https://common-ground.example/groups/grief-and-loss-groups/';
  test('draws a named code with the short address, and gives the full address as a link for phones', async () => {
    const html = await container.renderToString(QrCode, {
      locals: pageLocals(),
      props: { url, label: 'Grief and loss groups' },
    });
    expect(html).toMatch(/<figure class="qr-code">\s*<svg role="img" aria-label="QR code for Grief and loss groups"/);
    expect(html).toContain('<strong>common-ground.example/groups/grief-and-loss-groups</strong>');
    // The phone's line: the catalogue's words around a link whose text is the address itself.
    const [before = ''] = en['qrCode.address'].replace('{{name}}', 'Grief and loss groups').split('<link0>');
    expect(html).toMatch(new RegExp(`<p class="qr-address">\\s*${before}<a href="${url}">${url}</a>`));
    expect(findGluedText(inPage(html))).toEqual([]);
  });
});

describe('text around dates and links does not run together', () => {
  test('ReviewDates: a space on each side of the dot between the two dates', async () => {
    const html = await container.renderToString(ReviewDates, {
      locals: pageLocals(),
      props: { reviewed: new Date('2026-11-27T00:00:00Z'), nextReview: new Date('2027-11-27T00:00:00Z') },
    });
    expect(html).toMatch(/<\/time> <span aria-hidden="true">·<\/span> /);
    expect(findGluedText(inPage(html))).toEqual([]);
  });

  test('ReadingPath: the previous and next links are apart', async () => {
    const entry = (id: string, title: string) => ({ id, collection: 'articles', data: { title } });
    const html = await container.renderToString(ReadingPath, {
      locals: pageLocals(),
      props: { previous: entry('empowerment', 'Empowerment'), next: entry('how-groups-meet', 'How groups meet') },
    });
    expect(html).toContain('rel="next"');
    expect(findGluedText(inPage(html))).toEqual([]);
  });
});
