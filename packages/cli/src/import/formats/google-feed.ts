/**
 * Google's product review feed (XML, versions 2.3 and 2.4), read as a stream with saxes: each
 * <review> becomes a small record of its text fields; a review about several products counts
 * once per product. `is_spam` reviews are left out; 2.4's `is_verified_purchase` and
 * `is_incentivized_review` are kept, and a 2.3 feed, which has neither, leaves both unknown.
 */
import { buildReview } from '../build.js';
import { leftOut, type MapContext, type Mapped } from '../record.js';
import { flag, num, rating, str, type Row } from '../values.js';
import type { FormatVariant } from './types.js';

/** A <review> element flattened: repeated paths (pros/pro, products/product) become lists. */
export interface FeedReview {
  [path: string]: string | string[] | FeedProduct[] | Record<string, string>;
}
export interface FeedProduct {
  gtin?: string;
  mpn?: string;
  sku?: string;
  asin?: string;
  name?: string;
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const googleFeedXml: FormatVariant = {
  reader: 'xml',
  verified: true,
  map(row: Row, context: MapContext): Mapped | Mapped[] {
    if (flag(first(row['is_spam'])) === true) return leftOut('spam');
    const attributes = (row['@'] ?? {}) as Record<string, string>;
    const products = (row['products'] as FeedProduct[] | undefined) ?? [];
    const ids = products
      .map((product) => product.sku ?? product.gtin ?? product.mpn ?? product.asin)
      .filter((id): id is string => Boolean(id));
    const min = num(attributes['ratings/overall@min']) ?? 1;
    const max = num(attributes['ratings/overall@max']) ?? 5;
    const anonymous = flag(attributes['reviewer/name@is_anonymous']) === true;
    const build = (productId: string | undefined) =>
      buildReview(
        {
          format: 'google',
          productId,
          id: first(row['review_id']),
          rating: rating(first(row['ratings/overall']), min, max),
          title: first(row['title']),
          content: first(row['content']),
          createdAt: first(row['review_timestamp']),
          reviewerId: first(row['reviewer/reviewer_id']),
          reviewerName: anonymous ? undefined : first(row['reviewer/name']),
          isVerifiedPurchase: flag(first(row['is_verified_purchase'])),
          isIncentivized: flag(first(row['is_incentivized_review'])),
          locale: [str(first(row['review_language'])), str(first(row['review_country']))].filter(Boolean).join('-') || undefined,
          pros: (row['pros/pro'] as string[] | undefined)?.filter(Boolean),
          cons: (row['cons/con'] as string[] | undefined)?.filter(Boolean),
          orderId: first(row['transaction_id']),
        },
        context,
      );
    if (context.productId || ids.length === 0) return build(undefined);
    return ids.map((id) => build(id));
  },
};
