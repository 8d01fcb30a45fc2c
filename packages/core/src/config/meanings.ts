/**
 * What the schema's patterns mean, in the words error messages use. schema.ts names them; only the
 * messages (issue-log.ts) read the words, so a page whose config is valid never loads them.
 */
export const MEANINGS = {
  link: 'an https:// URL or a path starting with /',
  urlTemplate: 'an https:// URL or a path starting with /, containing {productId}',
  locale: 'a language tag such as "en" or "de-CH"',
  currency: 'a three-letter ISO 4217 currency code such as "EUR"',
  productId: 'a product id of letters, digits and . _ : / - (at most 128)',
  categoryKey: 'a lower-case category name such as "apparel"',
  category: 'a category name from honesty.categories',
  hexColour: 'a hex colour such as "#2f6f4f"',
  length: 'a length such as "8px" or "0.5rem"',
  fontFamily: 'a CSS font-family list such as "Inter, sans-serif"',
  messageKey: 'a message key such as "summary.title"',
} as const;

export type Meaning = keyof typeof MEANINGS;
