import { describe, expect, it } from 'vitest';
import { toInlineJson } from '../../src/security/inline-json.js';

describe('toInlineJson', () => {
  const payloads = [
    '</script><img src=x onerror=alert(1)>',
    '</SCRIPT ><script>alert(1)</script>',
    '<!-- <script>',
    ']]> &amp; &lt;',
    'line\u2028separator\u2029paragraph',
  ];

  it.each(payloads)('keeps %j out of the markup and parses back to the same value', (text) => {
    const value = { reviews: [{ body: text, rating: 1 }] };
    const inline = toInlineJson(value);
    expect(inline).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(inline)).toEqual(value);
  });

  it('escapes as JSON.stringify would not: a control run shows the plain form is unsafe', () => {
    const plain = JSON.stringify({ body: '</script><img src=x onerror=alert(1)>' });
    expect(plain).toContain('</script>');
    expect(toInlineJson({ body: '</script>' })).toBe('{"body":"\\u003c/script\\u003e"}');
  });

  it('keeps the indentation it is asked for', () => {
    expect(toInlineJson({ a: '<' }, 2)).toBe('{\n  "a": "\\u003c"\n}');
  });

  it('refuses values with no JSON form instead of writing "undefined" into a page', () => {
    expect(() => toInlineJson(undefined)).toThrow(TypeError);
    expect(() => toInlineJson(() => 1)).toThrow(/has no JSON form/);
  });
});
