/**
 * Lit ships `html`, `svg` and `css` template text exactly as written, indentation included, and
 * terser leaves template literals alone. For the script-tag bundle and @candor/elements' dist (both
 * must carry the same template text: Lit's hydration compares a hash of it with the one the server
 * render wrote), this plugin makes that text smaller without changing what it means:
 * - `html` / `svg`: every run of whitespace that holds a line break becomes one space. That is what
 *   a browser renders it as anyway, so text, inline spacing and the DOM's element structure stay
 *   the same. A template with `<pre` or `<textarea` is left as written (there whitespace shows).
 * - `css`: comments go, whitespace collapses, spaces around `{ } ; ,`, after `:` and before
 *   `!important` go, outside quoted strings (so `content: " · "` keeps its spaces).
 * The template's pieces are read as one text, with a marker where each `${}` sits, so a quoted
 * string or a comment that spans an interpolation is seen whole; the markers then split the text
 * back into exactly as many pieces. Whitespace means the ASCII kinds only: a no-break space
 * (U+00A0) is content and is never touched.
 * Templates are found through the parsed module (tagged templates whose tag is the identifier
 * `html`, `svg` or `css`), not with a regular expression over the code, so strings elsewhere are
 * never touched.
 */

/** Stands for an interpolation while a template is read as one text; cannot occur in source text. */
const SLOT = '\u0000';
/** HTML and CSS whitespace (tab, line feed, form feed, carriage return, space); not U+00A0. */
const SPACE_RUN = /[ \t\n\f\r]+/g;
const CSS_STRINGS_AND_COMMENTS = /("(?:[^"\\\n]|\\[\s\S])*"|'(?:[^'\\\n]|\\[\s\S])*'|\/\*[\s\S]*?\*\/)/;
const CSS_STRINGS = /("(?:[^"\\\n]|\\[\s\S])*"|'(?:[^'\\\n]|\\[\s\S])*')/;

/** The pieces of a `css` template (its quasis, raw), minified; always as many pieces as given. */
export function minifyCss(pieces) {
  // Comments first (strings are read in the same pass, so a "/*" inside one is not a comment). A
  // comment that holds an interpolation stays as written: Lit fills it in, and without the comment
  // around it the value would become live CSS.
  const uncommented = pieces
    .join(SLOT)
    .split(CSS_STRINGS_AND_COMMENTS)
    .map((part, index) => (index % 2 && part.startsWith('/*') && !part.includes(SLOT) ? '' : part))
    .join('');
  const out = uncommented
    .split(CSS_STRINGS)
    .map((part, index) =>
      index % 2
        ? part // a quoted string, exactly as written
        : part
            .replace(SPACE_RUN, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/ !important/g, '!important')
            .replace(/;}/g, '}'),
    )
    .join('');
  return splitBack(out, pieces.length);
}

/** The pieces of an `html` or `svg` template (raw quasis), minified; always as many as given. */
export function minifyHtml(pieces) {
  const text = pieces.join(SLOT);
  if (/<(pre|textarea)\b/i.test(text)) return pieces;
  return splitBack(text.replace(/[ \t\f\r]*\n[ \t\n\f\r]*/g, ' '), pieces.length);
}

function splitBack(text, count) {
  const pieces = text.split(SLOT);
  if (pieces.length !== count) throw new Error(`minify-templates: a template had ${count} pieces and now has ${pieces.length}`);
  return pieces;
}

/** Every child node of an ESTree node. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/** The rollup plugin: minifies the templates of the workspace's own TypeScript sources. */
export function minifyTemplates() {
  const minifiers = { html: minifyHtml, svg: minifyHtml, css: minifyCss };
  return {
    name: 'candor-minify-templates',
    transform(code, id) {
      if (!/\/packages\/[a-z]+\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        const minify = minifiers[node.tag.name];
        if (!minify) return;
        const quasis = node.quasi.quasis;
        const small = minify(quasis.map((quasi) => code.slice(quasi.start, quasi.end)));
        quasis.forEach((quasi, index) => {
          if (small[index] !== code.slice(quasi.start, quasi.end)) edits.push({ start: quasi.start, end: quasi.end, text: small[index] });
        });
      });
      if (edits.length === 0) return null;
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
    },
  };
}
