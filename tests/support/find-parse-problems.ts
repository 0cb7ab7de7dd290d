import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];

/**
 * What an HTML parser that does not recover would trip on (issue 19), which html-validate does not
 * report: anything but white space after </body> or </html> (browsers move it into the body; the
 * standard calls it a parse error: "Stray start tag"), a missing </body> or </html>, and every
 * parse error the WHATWG tokenizer reports (parse5's onParseError: bad characters, duplicate
 * attributes, end tags with attributes…). Each problem names its line.
 */
export function findParseProblems(html: string): string[] {
  const problems: string[] = [];
  const document = parse(html, {
    sourceCodeLocationInfo: true,
    onParseError: (error) => problems.push(`${error.code} at line ${error.startLine}`),
  });
  const root = document.childNodes.find((node): node is Element => node.nodeName === 'html');
  const body = root?.childNodes.find((node): node is Element => node.nodeName === 'body');
  for (const [name, element] of [
    ['body', body],
    ['html', root],
  ] as const) {
    const end = element?.sourceCodeLocation?.endTag;
    if (!end) {
      problems.push(`no </${name}> end tag`);
      continue;
    }
    const after = html.slice(end.endOffset);
    const rest = name === 'body' ? after.replace(/^\s*<\/html>/, '') : after;
    if (rest.trim() !== '')
      problems.push(`content after </${name}> (line ${end.endLine}): ${rest.trim().slice(0, 80)}`);
  }
  return problems;
}
