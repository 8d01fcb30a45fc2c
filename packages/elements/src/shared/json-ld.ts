/**
 * The page's schema.org JSON-LD (`<script type="application/ld+json">`), parsed once per document
 * and shared by every element. A block that is not valid JSON is skipped with one dev warning.
 * Call `forgetPageJsonLd()` when a single-page app swaps the product (the embed's refresh does).
 */
import { jsonLdText, pageProductFacts, type PageProductFacts } from '@candor/core';
import { devWarn } from './log.js';

const parsed = new WeakMap<Document, readonly unknown[]>();
/** Other per-document readings of the page (the lazily loaded structured-data reader's); forgotten with this one. */
export const pageReadings = new Set<WeakMap<Document, unknown>>();

export function pageJsonLd(doc: Document | undefined = typeof document !== 'undefined' ? document : undefined): readonly unknown[] {
  if (!doc) return [];
  let blocks = parsed.get(doc);
  if (!blocks) {
    const found: unknown[] = [];
    doc.querySelectorAll('script[type="application/ld+json"]').forEach((script, index) => {
      try {
        found.push(JSON.parse(jsonLdText(script.textContent ?? '')));
      } catch {
        devWarn(`json-ld:${index}`, `JSON-LD block #${index + 1} on this page is not valid JSON; Candor ignores it.`);
      }
    });
    parsed.set(doc, (blocks = found));
  }
  return blocks;
}

/**
 * Whether the page holds any structured data the page reader could use: the same test candor.css
 * makes before reserving space, so the reservation and the render agree.
 */
export function pageHasMarkup(doc: Document | undefined = typeof document !== 'undefined' ? document : undefined): boolean {
  return !!doc?.querySelector('script[type="application/ld+json"], [itemtype*="schema.org/Product" i], [typeof*="Product" i]');
}

/** The facts the page states for a product (or for its only product when no id is given). */
export function pageFactsFor(productId: string | undefined, doc?: Document): PageProductFacts | undefined {
  return pageProductFacts(pageJsonLd(doc), productId);
}

export function forgetPageJsonLd(doc: Document | undefined = typeof document !== 'undefined' ? document : undefined): void {
  if (!doc) return;
  parsed.delete(doc);
  for (const reading of pageReadings) reading.delete(doc);
}
