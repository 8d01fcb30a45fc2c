/**
 * The page's data, written into index.html as a `<script type="application/json">` block, the way
 * a server hands a product page its data. Review text is written by strangers: `toInlineJson`
 * escapes `<`, `>`, `&`, U+2028 and U+2029, so a review containing `</script>` stays inside the
 * block. Never use `JSON.stringify` here: it leaves `</script>` intact.
 */
import { toInlineJson } from '@candor/core';
import type { Plugin } from 'vite';

export const INLINE_DATA_ID = 'candor-data';
const PLACEHOLDER = '<!-- candor:inline-data -->';

/** The data block for a page. */
export function inlineDataBlock(value: unknown): string {
  return `<script type="application/json" id="${INLINE_DATA_ID}">${toInlineJson(value)}</script>`;
}

/** Replaces the placeholder comment in index.html with the data block. */
export function withInlineData(html: string, value: unknown): string {
  if (!html.includes(PLACEHOLDER)) throw new Error(`index.html lacks the ${PLACEHOLDER} placeholder for the page data`);
  return html.replace(PLACEHOLDER, () => inlineDataBlock(value));
}

/** A Vite plugin that writes `load()`'s value into index.html, in development and in the build. */
export function inlineData(load: () => unknown): Plugin {
  return { name: 'candor-inline-data', transformIndexHtml: (html) => withInlineData(html, load()) };
}
