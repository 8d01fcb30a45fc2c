/**
 * One product's facts, merged from four layers with a fixed precedence (documented in the README
 * and tested): element attributes > the config's per-product entry > facts found on the page
 * (schema.org Product JSON-LD) > store defaults (store currency, category defaults).
 * Every fact remembers which layer it came from, so a widget can show its work.
 */
import type { PageProductFacts } from '../schema-org/product-facts.js';
import type { CandorConfig, ProductConfig } from './schema.js';

export const FACT_SOURCES = ['attribute', 'config', 'page', 'store'] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

export type ProductFacts = Partial<ProductConfig>;
export type ResolvedProductFacts = ProductFacts & {
  productId?: string;
  /** Where each present fact came from. */
  sources: Partial<Record<keyof ProductFacts, FactSource>>;
};

export interface FactLayers {
  /** What the element's attributes say (already parsed and checked by the element). */
  attributes?: ProductFacts;
  /** Facts read from the page's JSON-LD. */
  page?: PageProductFacts;
}

/** Own entries only: a product id or category named "constructor" finds nothing that is not there. */
const hasEntry = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** Merges the layers for one product. The config's own entry is looked up by id. */
export function resolveProductFacts(productId: string | undefined, config: CandorConfig, layers: FactLayers = {}): ResolvedProductFacts {
  const fromConfig: ProductFacts =
    productId !== undefined ? ((hasEntry(config.products, productId) ? config.products[productId] : undefined) ?? {}) : {};
  const { productId: _pageId, ...fromPage } = layers.page ?? {};
  const ordered: [FactSource, ProductFacts][] = [
    ['attribute', layers.attributes ?? {}],
    ['config', fromConfig],
    ['page', fromPage],
  ];
  const merged: ResolvedProductFacts = { sources: {} };
  if (productId !== undefined) merged.productId = productId;
  const take = (source: FactSource, facts: ProductFacts) => {
    for (const [key, value] of Object.entries(facts) as [keyof ProductFacts, unknown][]) {
      if (value === undefined || merged[key] !== undefined) continue;
      (merged as Record<string, unknown>)[key] = value;
      merged.sources[key] = source;
    }
  };
  for (const [source, facts] of ordered) take(source, facts);
  // Store defaults come last, and the category they depend on is whatever the layers above chose.
  const categoryDefaults =
    merged.category !== undefined && hasEntry(config.honesty.categories, merged.category)
      ? config.honesty.categories[merged.category]
      : undefined;
  take('store', { ...(config.store.currency ? { currency: config.store.currency } : {}), ...categoryDefaults });
  return merged;
}
