import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { listPages, readDist } from '../support/read-dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(listPages())('%s', (file) => {
  test('is valid HTML (html-validate, recommended rules)', async () => {
    const report = await validator.validateString(readDist(file), file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.ruleId} (${message.line}:${message.column}): ${message.message}`),
    );
    expect(messages).toEqual([]);
  });
});
