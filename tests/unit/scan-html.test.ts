/**
 * The HTML scanner and CSP helpers behind tests/dist/content-security-policy.test.ts: if they
 * missed a script or hashed the wrong text, that check would pass for nothing.
 */
import { describe, expect, test } from 'vitest';
import { elementSources, parsePolicy, toHashSource } from '../support/read-csp';
import { scanHtml } from '../support/scan-html';

describe('scanHtml', () => {
  test('finds scripts in any case and with ">" inside a quoted attribute, not in comments or attribute text', () => {
    const html = [
      '<!-- <script>commented()</script> -->',
      '<button data-copy="<script>quoted()</script>">Copy</button>',
      '<SCRIPT data-note="a > b">one()</SCRIPT >',
      "<script type='module'>two()</script\t>",
    ].join('');
    const scripts = scanHtml(html).filter((element) => element.name === 'script');
    expect(scripts.map((script) => script.text)).toEqual(['one()', 'two()']);
    expect(scripts[0]?.attributes.get('data-note')).toBe('a > b');
    expect(scripts[1]?.attributes.get('type')).toBe('module');
  });
  test('keeps a script\'s text exactly, markup and all, up to the first "</script"', () => {
    const [script] = scanHtml('<script>\n  if (a <b) x = "<p>";\n</script><p>after</p>');
    expect(script?.text).toBe('\n  if (a <b) x = "<p>";\n');
  });
  test('turns CR LF and lone CR into LF, as the parser does before CSP sees the text', () => {
    expect(scanHtml('<script>a()\r\nb()\rc()</script>')[0]?.text).toBe('a()\nb()\nc()');
  });
  test('decodes character references in attribute values; the first of repeated attributes counts', () => {
    const [meta] = scanHtml(
      `<meta http-equiv="Content-Security-Policy" content="script-src &#39;self&#x27; &amp;" content="x">`,
    );
    expect(meta?.attributes.get('content')).toBe("script-src 'self' &");
  });
  test('reads <title> inside <svg> as markup, and refuses what it cannot read as a browser would', () => {
    expect(scanHtml('<svg><title>QR <b>code</b></title></svg><p>').map((element) => element.name)).toEqual([
      'svg',
      'title',
      'b',
      'p',
    ]);
    expect(() => scanHtml('<svg><script>x()</script></svg>')).toThrow(/inside <svg>/);
    expect(() => scanHtml('<script>a = "<!--";</script>')).toThrow(/<!--/);
    expect(() => scanHtml('<script>never closed')).toThrow(/no end tag/);
  });
});

describe('CSP helpers', () => {
  test('hash the UTF-8 text as CSP does (values from `openssl dgst -sha256 -binary | base64`)', () => {
    expect(toHashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(toHashSource('é')).toBe("'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='");
  });
  test('use script-src-elem, then script-src, then default-src, ignoring a repeated directive', () => {
    const policy = parsePolicy("default-src 'self'; script-src 'none'; SCRIPT-SRC 'unsafe-inline';style-src-elem 'x'");
    expect(elementSources(policy, 'script')).toEqual(["'none'"]);
    expect(elementSources(policy, 'style')).toEqual(["'x'"]);
    expect(elementSources(parsePolicy("default-src 'self'"), 'script')).toEqual(["'self'"]);
    expect(elementSources(parsePolicy('img-src *'), 'script')).toBeUndefined();
  });
});
