/** The catalogue's machinery: translator, pseudo-locale, rich text, island messages, routes. */
import { describe, expect, test } from 'vitest';
import * as taxonomy from '../../src/config/taxonomy';
import { createTranslator } from '../../src/i18n/create-translator';
import { formatMessage } from '../../src/i18n/format-message';
import { compareText, formatDate } from '../../src/i18n/format';
import { islandMessages } from '../../src/i18n/island-messages';
import { localeFromPath } from '../../src/i18n/locales';
import { pseudoLocalize } from '../../src/i18n/pseudo-localize';
import { routes } from '../../src/i18n/routes';
import { splitRichText } from '../../src/i18n/split-rich-text';
import en from '../../src/translations/en';

describe('the English catalogue', () => {
  const t = createTranslator('en');

  test('fills in values without escaping them (Astro escapes what it writes)', () => {
    expect(t('seo.pageTitle', { title: 'Rock & roll <3', siteName: 'Common Ground' })).toBe(
      'Rock & roll <3 | Common Ground',
    );
  });

  test('every vocabulary id has a label, and no label is left without an id', () => {
    const vocabularies: [string, readonly string[]][] = [
      ['learnTopic', taxonomy.learnTopics],
      ['needTopic', taxonomy.needTopics],
      ['audience', taxonomy.audiences],
      ['format', taxonomy.formats],
      ['leadership', taxonomy.leadership],
      ['approach', taxonomy.approaches],
      ['groupApproach', taxonomy.approaches],
      ['serves', taxonomy.servesOptions],
      ['resourceKind', taxonomy.resourceKinds],
      ['region', taxonomy.regions],
      ['verificationStatus', taxonomy.verificationStatuses],
      ['meetingStructure', taxonomy.meetingStructures],
      ['toolkitKind', taxonomy.toolkitKinds],
      ['searchType', taxonomy.contentTypes],
    ];
    for (const [prefix, ids] of vocabularies) {
      const labelled = Object.keys(en)
        .filter((key) => key.startsWith(`${prefix}.`))
        .map((key) => key.slice(prefix.length + 1));
      expect(labelled.sort(), prefix).toEqual([...ids].sort());
    }
  });

  test('no message is empty or has untrimmed space, and placeholders are well formed', () => {
    for (const [key, message] of Object.entries(en)) {
      // Spaces never lead or trail; a mail body may end on a blank line for the sender to write under.
      expect(message.replace(/\n+$/, '').trim(), key).toBe(message.replace(/\n+$/, ''));
      expect(message.length, key).toBeGreaterThan(0);
      expect(message.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });
});

describe('pseudoLocalize', () => {
  test('accents every letter and brackets the message', () => {
    const pseudo = pseudoLocalize('Search the site');
    expect(pseudo).toMatch(/^⟦.*⟧$/);
    expect(pseudo).not.toMatch(/[A-Za-z]/);
  });

  test('keeps placeholders and inline markup as written, marking each value', () => {
    expect(pseudoLocalize('Question {{number}} of {{count}}')).toBe('⟦Ǫûéšţîöñ ‹{{number}}› öƒ ‹{{count}}›⟧');
    expect(pseudoLocalize('See <link0>the list</link0>.')).toBe('⟦Šéé <link0>ţĥé ļîšţ</link0>.⟧');
  });
});

describe('splitRichText', () => {
  test('splits links and emphasis out of a message, in order', () => {
    expect(splitRichText('Not sure? <link0>Take the quiz</link0> or <strong>call</strong> <link1>us</link1>.')).toEqual(
      [
        { kind: 'text', text: 'Not sure? ' },
        { kind: 'link', index: 0, text: 'Take the quiz' },
        { kind: 'text', text: ' or ' },
        { kind: 'strong', text: 'call' },
        { kind: 'text', text: ' ' },
        { kind: 'link', index: 1, text: 'us' },
        { kind: 'text', text: '.' },
      ],
    );
  });

  test('leaves unknown or unclosed markup as text', () => {
    expect(splitRichText('a <b>bold</b> <link0>open')).toEqual([{ kind: 'text', text: 'a <b>bold</b> <link0>open' }]);
  });
});

describe('island messages', () => {
  test('formatMessage picks the plural form by Intl.PluralRules and fills values', () => {
    const messages = { 'x.items_one': '{{count}} item', 'x.items_other': '{{count}} items', 'x.hello': 'Hi {{name}}' };
    expect(formatMessage(messages, 'x.items', { count: 1 }, 'en')).toBe('1 item');
    expect(formatMessage(messages, 'x.items', { count: 0 }, 'en')).toBe('0 items');
    expect(formatMessage(messages, 'x.hello', { name: 'Ana' }, 'en')).toBe('Hi Ana');
    expect(() => formatMessage(messages, 'x.missing', {}, 'en')).toThrow(/x\.missing/);
  });

  test('islandMessages brings the asked keys from the catalogue and refuses unknown ones', () => {
    expect(JSON.parse(islandMessages('en', ['nav.search']))).toEqual({ 'nav.search': en['nav.search'] });
    // @ts-expect-error: not a catalogue key
    expect(() => islandMessages('en', ['nav.nothing'])).toThrow(/nav\.nothing/);
  });
});

describe('routes and formatting', () => {
  test('the default language lives at the site root', () => {
    expect(routes.home('en')).toBe('/');
    expect(routes.article('en', 'what-are-self-help-groups')).toBe('/learn/what-are-self-help-groups/');
    expect(routes.references('en', 'riessman-1965')).toBe('/references/#riessman-1965');
    expect(localeFromPath('/learn/')).toBe('en');
  });

  test('dates and sorting follow the locale', () => {
    expect(formatDate(new Date(Date.UTC(2026, 10, 27)), 'en')).toBe('November 27, 2026');
    expect(['b', 'Á', 'a'].sort(compareText('en'))).toEqual(['a', 'Á', 'b']);
  });
});
