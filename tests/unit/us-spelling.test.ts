/**
 * One spelling for readers: US English (issue 14). The reader text of the articles, kinds of
 * group, toolkit, glossary and quiz, and every catalogue message, uses no British form from the
 * list below. Names and quotations keep their own spelling: add such a word to `allowed`, with why.
 * (content/resources/ is checked by its own owners; URLs are not words.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import en from '../../src/translations/en';

/** British forms: a word that matches one is British ("-ise" verbs only in their verb forms, so "specialist" passes). */
const british = [
  /(organ|recogn|real|apolog|priorit|summar|special|critic|minim)is(e|ed|es|ing|ation)/,
  /behaviour|colour|favour|honour|neighbour|labour|centre|programme|licence|defence|offence/,
  /travell|counsell|modelling|labelled|cancelled|judgement|whilst|amongst|catalogue|paediatric|anaesthe|practise/,
];
const allowed: string[] = [];

function britishWords(text: string): string[] {
  const words =
    text
      .replace(/https?:\/\/\S+/g, ' ')
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  return [...new Set(words.filter((word) => british.some((form) => form.test(word)) && !allowed.includes(word)))];
}

const folders = ['articles', 'group-types', 'toolkit', 'glossary', 'quiz'];
const files = folders.flatMap((folder) => {
  const dir = new URL(`../../content/${folder}/`, import.meta.url);
  return readdirSync(dir).map((name) => ({
    file: `${folder}/${name}`,
    text: readFileSync(new URL(name, dir), 'utf8'),
  }));
});

test('the check finds a British form, and passes its US form', () => {
  expect(britishWords('A local organisation ran the programme.')).toEqual(['organisation', 'programme']);
  expect(britishWords('A local organization ran the program.')).toEqual([]);
});

describe.each(files)('content/$file', ({ text }) => {
  test('uses US spelling', () => {
    expect(britishWords(text)).toEqual([]);
  });
});

test('every catalogue message uses US spelling', () => {
  const found = Object.entries(en).flatMap(([key, message]) => britishWords(message).map((word) => `${key}: ${word}`));
  expect(found).toEqual([]);
});
