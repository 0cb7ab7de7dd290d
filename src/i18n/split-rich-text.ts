/**
 * Splits a catalogue message with inline markup into parts, so a sentence with a link in it stays
 * one message a translator can reorder: "Not sure? <link0>Take the quiz</link0> first." Only
 * <link0>…<link9>, <strong>, <em> and <code> are understood, never nested; anything else is text.
 */
export type RichPart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; index: number; text: string }
  | { kind: 'strong' | 'em' | 'code'; text: string };

const MARKUP = /<(link\d|strong|em|code)>(.*?)<\/\1>/gs;

export function splitRichText(message: string): RichPart[] {
  const parts: RichPart[] = [];
  let last = 0;
  for (const match of message.matchAll(MARKUP)) {
    const [whole, tag = '', inner = ''] = match;
    if (match.index > last) parts.push({ kind: 'text', text: message.slice(last, match.index) });
    if (tag.startsWith('link')) parts.push({ kind: 'link', index: Number(tag.slice(4)), text: inner });
    else parts.push({ kind: tag as 'strong' | 'em' | 'code', text: inner });
    last = match.index + whole.length;
  }
  if (last < message.length) parts.push({ kind: 'text', text: message.slice(last) });
  return parts;
}
