/**
 * Platforms whose export (or import template) is a CSV file. Header names are verbatim from the
 * research notes (../../../../../docs or /work/shared/research/review-exports.md); `verified: false`
 * marks headers seen only in third-party code, listed as unverified in the README.
 * Each platform's columns are written out in full though several look alike: they are checked
 * against that platform's export, which one shared shape would hide.
 */
import { buildReview, column } from '../build.js';
import type { DateRules } from '../dates.js';
import { bad, leftOut, type MapContext, type Mapped } from '../record.js';
import { flag, rating, str, type Row } from '../values.js';
import type { FormatVariant } from './types.js';

/** Judge.me's curated column: ok is published; not-yet waits for moderation; spam is spam. */
function judgemeCurated(value: unknown): Mapped | undefined {
  const curated = str(value)?.toLowerCase();
  if (curated === 'spam') return leftOut('spam');
  if (curated === 'not-yet') return leftOut('unpublished');
  return undefined;
}

/** Judge.me `source` values that name an import rather than a review collected by the store. */
const JUDGEME_IMPORTED = /^(import|imported|csv|spreadsheet|aliexpress|amazon|etsy|shuttle|google)/i;

/** Judge.me's CSV writes dates day first; one rules object for every record. */
const DAY_FIRST: DateRules = { order: 'dmy' };

export const judgemeCsv = {
  reader: 'csv' as const,
  verified: false,
  dateOrder: 'dmy' as const,
  header: [
    'title',
    'body',
    'rating',
    'review_date',
    'source',
    'curated',
    'reviewer_name',
    'reviewer_email',
    'product_id',
    'product_handle',
    'reply',
    'reply_date',
    'picture_urls',
    'ip_address',
    'location',
  ],
  map(row: Row, context: MapContext) {
    const skipped = judgemeCurated(column(row, context, 'curated', 'curated'));
    if (skipped) return skipped;
    const source = str(column(row, context, 'source', 'source'));
    return buildReview(
      {
        format: 'judgeme',
        productId: column(row, context, 'productId', 'product_handle'),
        id: column(row, context, 'id', 'id'),
        rating: rating(column(row, context, 'rating', 'rating')),
        title: column(row, context, 'title', 'title'),
        content: column(row, context, 'content', 'body'),
        createdAt: column(row, context, 'createdAt', 'review_date'),
        dates: DAY_FIRST,
        reviewerName: column(row, context, 'reviewerName', 'reviewer_name'),
        email: column(row, context, 'email', 'reviewer_email'),
        // The CSV has no verified column: Judge.me never verifies spreadsheet reviews.
        source: source && JUDGEME_IMPORTED.test(source) ? 'imported' : 'native',
      },
      context,
    );
  },
} satisfies FormatVariant;

export const yotpoCsv = {
  reader: 'csv' as const,
  verified: false,
  header: ['published', 'review_title', 'review_content', 'review_score', 'date', 'product_id', 'display_name', 'email', 'comment_content'],
  map(row: Row, context: MapContext) {
    if (flag(column(row, context, 'published', 'published')) === false) return leftOut('unpublished');
    const product = str(column(row, context, 'productId', 'product_id'));
    return buildReview(
      {
        format: 'yotpo',
        productId: product === 'site_review' ? undefined : product,
        rating: rating(column(row, context, 'rating', 'review_score')),
        title: column(row, context, 'title', 'review_title'),
        content: column(row, context, 'content', 'review_content'),
        createdAt: column(row, context, 'createdAt', 'date'),
        reviewerName: column(row, context, 'reviewerName', 'display_name'),
        email: column(row, context, 'email', 'email'),
      },
      context,
    );
  },
} satisfies FormatVariant;

export const okendoCsv = {
  reader: 'csv' as const,
  verified: false,
  header: [
    'name',
    'body',
    'handle',
    'productId',
    'rating',
    'sku',
    'dateCreated',
    'countryCode',
    'email',
    'imageUrls',
    'isApproved',
    'isIncentivized',
    'isRecommended',
    'rejectedImageUrls',
    'reply',
    'replyDateCreated',
    'replyIsPublic',
    'title',
    'videoUrls',
    'isVerifiedBuyer',
    'variantId',
    'status',
  ],
  map(row: Row, context: MapContext) {
    const status = str(column(row, context, 'status', 'status'))?.toLowerCase();
    if (status === 'rejected') return leftOut('rejected');
    if (status === 'pending' || flag(column(row, context, 'isApproved', 'isApproved')) === false) return leftOut('unpublished');
    return buildReview(
      {
        format: 'okendo',
        // At least one of handle, productId and sku is required; the handle is what storefront URLs use.
        productId: str(column(row, context, 'productId', 'handle')) ?? str(row['productId']) ?? str(row['sku']),
        rating: rating(column(row, context, 'rating', 'rating')),
        title: column(row, context, 'title', 'title'),
        content: column(row, context, 'content', 'body'),
        createdAt: column(row, context, 'createdAt', 'dateCreated'),
        reviewerName: column(row, context, 'reviewerName', 'name'),
        email: column(row, context, 'email', 'email'),
        isVerifiedPurchase: flag(column(row, context, 'isVerifiedPurchase', 'isVerifiedBuyer')),
        isIncentivized: flag(column(row, context, 'isIncentivized', 'isIncentivized')),
      },
      context,
    );
  },
} satisfies FormatVariant;

export const stampedCsv = {
  reader: 'csv' as const,
  verified: false,
  header: [
    'product_id',
    'productTitle',
    'productUrl',
    'productImageUrl',
    'rating',
    'title',
    'author',
    'email',
    'location',
    'body',
    'created_at',
    'verified_buyer',
    'published',
  ],
  map(row: Row, context: MapContext) {
    if (flag(column(row, context, 'published', 'published')) === false) return leftOut('unpublished');
    return buildReview(
      {
        format: 'stamped',
        productId: column(row, context, 'productId', 'product_id'),
        rating: rating(column(row, context, 'rating', 'rating')),
        title: column(row, context, 'title', 'title'),
        content: column(row, context, 'content', 'body'),
        // Stamped's template writes `YYYY-MM-DD HH:MM:SS`.
        createdAt: column(row, context, 'createdAt', 'created_at'),
        reviewerName: column(row, context, 'reviewerName', 'author'),
        email: column(row, context, 'email', 'email'),
        isVerifiedPurchase: flag(column(row, context, 'isVerifiedPurchase', 'verified_buyer')),
      },
      context,
    );
  },
} satisfies FormatVariant;

/**
 * Loox's `verified_purchase` in a file is the merchant's claim: imported reviews can only carry
 * the merchant-applied "Verified review" badge, not the order-linked "Verified purchase". So it
 * is not taken as a verified purchase; --orders can verify them against the store's orders.
 */
export const looxCsv = {
  reader: 'csv' as const,
  verified: false,
  header: [
    'product_handle',
    'product_Id',
    'rating',
    'author',
    'email',
    'body',
    'created_at',
    'photo_url',
    'reply',
    'replied_at',
    'verified_purchase',
    'incentivized',
  ],
  map(row: Row, context: MapContext) {
    const status = str(row['status'])?.toLowerCase();
    if (status === 'spam') return leftOut('spam');
    if (status && status !== 'published' && status !== 'approved') return leftOut('unpublished');
    if (flag(column(row, context, 'isVerifiedPurchase', 'verified_purchase')) === true) {
      context.note(
        'Loox: verified_purchase is applied by the merchant ("This review was marked as verified by the store owner"), so it is not taken as a verified purchase; join --orders to verify reviews against orders.',
      );
    }
    return buildReview(
      {
        format: 'loox',
        productId: str(column(row, context, 'productId', 'product_handle')) ?? row['handle'],
        id: row['id'],
        rating: rating(column(row, context, 'rating', 'rating')),
        content: str(column(row, context, 'content', 'body')) ?? row['review'],
        createdAt: str(column(row, context, 'createdAt', 'created_at')) ?? row['date'],
        reviewerName: str(column(row, context, 'reviewerName', 'author')) ?? row['nickname'],
        email: column(row, context, 'email', 'email'),
        isIncentivized: flag(column(row, context, 'isIncentivized', 'incentivized')),
      },
      context,
    );
  },
} satisfies FormatVariant;

const POWERREVIEWS_STATUS: Record<string, Mapped | undefined> = { pending: leftOut('unpublished'), rejected: leftOut('rejected') };

export const powerreviewsCsv = {
  reader: 'csv' as const,
  verified: true,
  dateOrder: 'mdy' as const,
  header: [
    'Review Id',
    'Page Id',
    'Review Display',
    'Review Title',
    'Review Date',
    'Review Location',
    'Review Text',
    'Rating',
    'Verified Buyer',
    'Review Status',
  ],
  map(row: Row, context: MapContext) {
    const status = str(column(row, context, 'status', 'Review Status'))?.toLowerCase();
    if (status && POWERREVIEWS_STATUS[status]) return POWERREVIEWS_STATUS[status]!;
    const stars = str(column(row, context, 'rating', 'Rating'));
    if (stars !== undefined && !/^[1-5]$/.test(stars))
      return bad(`Rating "${stars}" is not a whole number from 1 to 5 as PowerReviews requires`);
    return buildReview(
      {
        format: 'powerreviews',
        productId: column(row, context, 'productId', 'Page Id'),
        id: column(row, context, 'id', 'Review Id'),
        rating: rating(stars),
        title: column(row, context, 'title', 'Review Title'),
        content: column(row, context, 'content', 'Review Text'),
        createdAt: column(row, context, 'createdAt', 'Review Date'),
        dates: { order: 'mdy' },
        reviewerName: column(row, context, 'reviewerName', 'Review Display'),
        isVerifiedPurchase: flag(column(row, context, 'isVerifiedPurchase', 'Verified Buyer')),
      },
      context,
    );
  },
} satisfies FormatVariant;

export const shopifyCsv = {
  reader: 'csv' as const,
  verified: false,
  header: ['product_handle', 'state', 'rating', 'title', 'author', 'email', 'location', 'body', 'reply', 'created_at', 'replied_at'],
  map(row: Row, context: MapContext) {
    const state = str(column(row, context, 'state', 'state'))?.toLowerCase();
    if (state === 'spam') return leftOut('spam');
    if (state && state !== 'published') return leftOut('unpublished');
    return buildReview(
      {
        format: 'shopify',
        productId: column(row, context, 'productId', 'product_handle'),
        rating: rating(column(row, context, 'rating', 'rating')),
        title: column(row, context, 'title', 'title'),
        content: column(row, context, 'content', 'body'),
        createdAt: column(row, context, 'createdAt', 'created_at'),
        reviewerName: column(row, context, 'reviewerName', 'author'),
        email: column(row, context, 'email', 'email'),
      },
      context,
    );
  },
} satisfies FormatVariant;
