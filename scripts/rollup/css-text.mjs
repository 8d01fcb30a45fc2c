import { readFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';

/** A stylesheet's text without comments and the whitespace that carries no meaning. */
function minifyCssText(css) {
  return (
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      // Never the space before ':' or after ')': in a selector it is a descendant combinator
      // (`:root:has(x) candor-review-summary`, `a :hover`), not decoration.
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/([(:])\s+/g, '$1')
      .replace(/\s+\)/g, ')')
      .replace(/;}/g, '}')
      .trim()
  );
}

/** Minified CSS text: `import text from './x.css?text'`, and every such sheet also as an asset beside candor.js. */
export function cssText() {
  return {
    name: 'candor-css-text',
    async resolveId(id, importer) {
      if (!id.endsWith('.css?text')) return null;
      return `${resolvePath(importer ? join(importer, '..') : '.', id.slice(0, -'?text'.length))}?text`;
    },
    load(id) {
      if (!id.endsWith('.css?text')) return null;
      const file = id.slice(0, -'?text'.length);
      const text = minifyCssText(readFileSync(file, 'utf8'));
      this.emitFile({ type: 'asset', fileName: file.split('/').pop(), source: `${text}\n` });
      return `export default ${JSON.stringify(text)};`;
    },
  };
}
