/**
 * Why data read as a ratings index (ratings-index.ts) is not one, in words. A module of its own so
 * that the listing badge, which reads the index without these sentences, loads them only with a
 * console error to explain.
 */

/** What is wrong: no version 1, no products object, a product's entry not four figures, or figures that do not add up. */
export type IndexFault = 'version' | 'products' | 'entry' | 'figures';

/** The sentence for a fault of the index at `url`, read for `productId`, on a scale of `scale`. */
export function indexFaultText(url: string, productId: string, fault: IndexFault, scale?: number): string {
  const what = {
    version: 'expected { "version": 1, "products": {...} }',
    products: '"products" must be an object',
    entry: `the entry of ${productId} must be [average, checkedAverage, count, checkedCount]`,
    figures: `the entry of ${productId} has an average outside 0..${scale} or counts that do not add up`,
  }[fault];
  return `${url} is not a ratings index: ${what}`;
}
