import { describe, expect, test } from 'vitest';
import { toSmsHref } from '../../src/utils/to-sms-href';
import { toTelHref } from '../../src/utils/to-tel-href';

describe('toTelHref', () => {
  test.each([
    ['988', 'tel:988'],
    ['1-800-662-4357', 'tel:18006624357'],
    ['116 123', 'tel:116123'],
    ['+44 300 123 3393', 'tel:+443001233393'],
    ['(800) 959-8277', 'tel:8009598277'],
  ])('%s → %s', (number, href) => {
    expect(toTelHref(number)).toBe(href);
  });
  test('refuses a number with no digits', () => {
    expect(() => toTelHref('HELP')).toThrow(/no digits/);
  });
});

describe('toSmsHref', () => {
  test.each([
    ['Text HOME to 741741', 'sms:741741?body=HOME'],
    ['Text 988', 'sms:988'],
    ['Text SHOUT to 85258', 'sms:85258?body=SHOUT'],
    ['Text your ZIP code to 435748 (HELP4U)', 'sms:435748'],
    ['Text 9-8-8', 'sms:988'],
    ['Text register to 999', 'sms:999?body=register'],
    ['Text "helpline" to 62640', 'sms:62640?body=helpline'],
  ])('%s → %s', (how, href) => {
    expect(toSmsHref(how)).toBe(href);
  });
  test('returns undefined when there is no number to text', () => {
    expect(toSmsHref('Use the app to message us')).toBeUndefined();
    expect(toSmsHref('WhatsApp 442-AYUDAME')).toBeUndefined();
  });
});
