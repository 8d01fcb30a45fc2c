/**
 * The attributes each widget documents: the one list the script-tag loader copies from a
 * `data-candor` host (`data-price` becomes `price`), and the list the tests hold the classes'
 * observed attributes, the custom-elements manifest and the README API tables to.
 *
 * A `data-*` name not listed here is never copied, so a host that shows sanitised customer HTML
 * (DOMPurify keeps `data-*`) cannot turn `data-onfocus` or `data-style` into an event handler or
 * a style attribute on a Candor element. No entry may start with "on" or be "style".
 *
 * Kept free of imports: the loader bundles it, and every byte of the loader counts.
 */
export const WIDGET_ATTRIBUTES = {
  'honesty-panel': [
    'product-id',
    'price',
    'currency',
    'expected-uses',
    'lifespan-years',
    'uses-per-year',
    'use-unit',
    'sections',
    'heading-level',
    'locale',
  ],
  'review-summary': ['product-id', 'src', 'summary-src', 'format', 'locale'],
  'rating-badge': ['product-id', 'rating', 'count', 'checked-rating', 'checked-count', 'scale', 'src', 'summary-src', 'format', 'locale'],
} as const;

export type WidgetName = keyof typeof WIDGET_ATTRIBUTES;
