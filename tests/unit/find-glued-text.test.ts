import { describe, expect, test } from 'vitest';
import { findGluedText } from '../support/find-glued-text';

const contexts = (body: string) =>
  findGluedText(`<!doctype html><html><body>${body}</body></html>`).map((found) => found.context);

describe('findGluedText', () => {
  test('finds a word glued to the start or the end of a link, date or emphasis', () => {
    expect(contexts('<p>It was on<time datetime="2026-11-27">27 November</time>.</p>')).toEqual([
      'It was on|27 November.',
    ]);
    expect(contexts('<p>See our<a href="/r/">resources page</a> for more.</p>')).toEqual([
      'See our|resources page for m',
    ]);
    expect(contexts('<p>Browse <a href="/g/">kinds of group</a>and organizations.</p>')).toEqual([
      'rowse kinds of group|and organizations.',
    ]);
    expect(contexts('<p>Reviewed <time>2026</time><span aria-hidden="true">·</span> Next</p>')).toEqual([
      'Reviewed 2026|· Next',
    ]);
    expect(contexts('<p>Use <code>id</code>s or <strong>bold</strong>text.</p>')).toHaveLength(2);
  });

  test('finds two links that run together with nothing between them', () => {
    expect(contexts('<nav><a href="/a/">Previous page</a><a href="/b/">Next page</a></nav>')).toEqual([
      'Previous page|Next page',
    ]);
  });

  test('accepts spaces and the punctuation that belongs against a word', () => {
    expect(
      contexts(
        '<p>See <a href="/a/">the list</a>. Then <em>read</em>, (<a href="/b/">source</a>) and “<q>quoted</q>”; <code>url</code>\'s value: <strong>yes</strong>!</p>',
      ),
    ).toEqual([]);
    expect(contexts('<p>Line one<br><a href="/a/">line two</a></p>')).toEqual([]);
  });

  test('accepts a note marker against its word, and text on either side of a block', () => {
    expect(contexts('<p>counts most<sup class="cite"><a href="#note-1">[1]</a></sup> here</p>')).toEqual([]);
    expect(contexts('<li><a href="/a/">One</a></li><li><a href="/b/">Two</a></li>')).toEqual([]);
    expect(contexts('<dt>Format</dt><dd><a href="/f.json">https://example.org/f.json</a></dd>')).toEqual([]);
  });

  test('does not read a popup definition or hidden text as part of the line', () => {
    expect(
      contexts(
        '<p>Some <span class="term"><a href="/g/#x">term</a><span role="tooltip">A meaning.</span></span> here</p>',
      ),
    ).toEqual([]);
    expect(contexts('<p>Some <a href="/g/#x">term</a><span popover>A meaning.</span> here</p>')).toEqual([]);
    expect(contexts('<p>Some <a href="/a/">link</a><span hidden>gone</span> here</p>')).toEqual([]);
    expect(contexts('<head><title>x</title></head><p>A <a href="/">b</a><script>var a</script> c</p>')).toEqual([]);
  });
});
