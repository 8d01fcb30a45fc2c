/**
 * The build's template minifier (scripts/minify-templates.mjs) may only remove what the browser
 * ignores. Each case below is one way a whitespace minifier can change meaning, among them those
 * of a minifier that reads each piece of a template on its own or strips comments before it knows
 * where strings are: a string spanning an interpolation, a comment opener inside a string, and a
 * no-break space (which the regular expression class for whitespace matches).
 */
import { describe, expect, it } from 'vitest';
import { minifyCss, minifyHtml } from '../../scripts/minify-templates.mjs';

describe('minifyCss', () => {
  it('collapses whitespace and drops comments and the spaces CSS ignores', () => {
    const [out] = minifyCss([':host {\n  display: block; /* layout */\n  color: red !important;\n}\n\na, b {\n  margin: 0 auto;\n}\n']);
    expect(out).toBe(':host{display:block;color:red!important}a,b{margin:0 auto}');
  });

  it('keeps a quoted string as written, also when it spans an interpolation', () => {
    expect(minifyCss(['.x::before {\n  content: "  a  ', '  b  ";\n}'])).toEqual(['.x::before{content:"  a  ', '  b  "}']);
  });

  it('does not read a comment opener inside a string as a comment', () => {
    expect(minifyCss(['.a {\n  content: "/*";\n}\n.b {\n  color: red; /* c */\n}'])).toEqual(['.a{content:"/*"}.b{color:red}']);
  });

  it('treats a no-break space as content, not whitespace', () => {
    expect(minifyCss(['.a {\n  font-family: X\u00a0Y;\n}'])).toEqual(['.a{font-family:X\u00a0Y}']);
  });

  it('keeps one piece per interpolation, and a comment around an interpolation (which must stay a comment)', () => {
    const pieces = [':host {\n  ', '\n}\n/* ', ' */\n@media (prefers-color-scheme: dark) {\n  :host {\n    ', '\n  }\n}\n'];
    const out = minifyCss(pieces);
    expect(out).toHaveLength(pieces.length);
    expect(out).toEqual([':host{', '}/* ', ' */ @media (prefers-color-scheme:dark){:host{', '}}']);
  });
});

describe('minifyHtml', () => {
  it('turns whitespace that holds a line break into one space, and leaves the rest', () => {
    expect(minifyHtml(['<p>\n    a  b\n  </p>\n  <span>', '</span>\n'])).toEqual(['<p> a  b </p> <span>', '</span> ']);
  });

  it('keeps a no-break space next to a line break', () => {
    expect(minifyHtml(['<b>4.7</b>\u00a0\n  <i>stars</i>'])).toEqual(['<b>4.7</b>\u00a0 <i>stars</i>']);
  });

  it('leaves a template with <pre> or <textarea> as written', () => {
    const pieces = ['<pre>\n  a\n    b\n</pre>'];
    expect(minifyHtml(pieces)).toBe(pieces);
  });
});
