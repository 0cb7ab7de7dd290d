import { describe, expect, test } from 'vitest';
import { findExclusiveLanguage, isAllowed } from '../support/find-exclusive-language';

describe('findExclusiveLanguage', () => {
  test('flags a stigmatizing word, naming the word and the rule', () => {
    const findings = findExclusiveLanguage(['Many addicts find support in a group.'], []);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ word: 'addicts', rule: 'addicts' });
    expect(findings[0]?.message).toContain('people with a drug addiction');
  });

  test('person-first wording passes', () => {
    expect(findExclusiveLanguage(['Many people with an addiction find support in a group.'], [])).toEqual([]);
  });

  test('flags a generic he and slurs about mental illness', () => {
    const findings = findExclusiveLanguage(['When a member shares, he is heard.', 'Nobody there is crazy.'], []);
    expect(findings.map((finding) => finding.rule)).toEqual(['he-she', 'nuts']);
  });

  test('flags surely profane words but not the subject words of this site', () => {
    expect(findExclusiveLanguage(['That was crap.'], [])).toMatchObject([{ word: 'crap', rule: 'crap' }]);
    const subject = ['Some groups are for survivors of sexual abuse, or for people bereaved by suicide or drug use.'];
    expect(findExclusiveLanguage(subject, [])).toEqual([]);
  });

  test('a rule id in allow skips the whole rule', () => {
    expect(findExclusiveLanguage(['Emotions Anonymous is a twelve-step fellowship.'], ['fellowship'])).toEqual([]);
    expect(findExclusiveLanguage(['Many addicts and junkies find support.'], ['addicts'])).toEqual([]);
  });

  test('rule:phrase in allow skips only that phrase of the rule', () => {
    const paragraphs = ['Mind is a mental health charity.', 'Nobody there is crazy.'];
    const findings = findExclusiveLanguage(paragraphs, ['nuts:mental']);
    expect(findings.map((finding) => `${finding.rule}:${finding.word}`)).toEqual(['nuts:crazy']);
  });
});

describe('isAllowed', () => {
  const finding = { word: 'Mental', rule: 'nuts', message: '' };
  test('matches a rule id, or rule:phrase case-insensitively, and nothing else', () => {
    expect(isAllowed(finding, ['nuts'])).toBe(true);
    expect(isAllowed(finding, ['nuts:mental'])).toBe(true);
    expect(isAllowed(finding, ['nuts:crazy', 'mental', 'bipolar'])).toBe(false);
  });
});
