/**
 * What a format's mapping makes of one record of an export: a review for a product, a review
 * left out on purpose (spam, unpublished, a store review) with the reason, or a bad record.
 */
import type { ReviewInput } from '@candor/core/reviews';
import type { DateOrder } from './dates.js';

export const LEFT_OUT_REASONS = ['spam', 'unpublished', 'rejected', 'removed', 'store review (no product)', 'no rating given'] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

export interface ImportedReview {
  productId: string;
  review: ReviewInput;
  /** Join keys for --orders; never written out (the e-mail address is personal data). */
  orderId?: string | undefined;
  customerKey?: string | undefined;
}

export type Mapped =
  { kind: 'review'; value: ImportedReview } | { kind: 'left-out'; reason: LeftOutReason } | { kind: 'bad'; reason: string };

/** What every mapping may read besides the record. */
export interface MapContext {
  dateOrder?: DateOrder | undefined;
  /** `--map column=field`: the user's column for a Candor field, over the format's own. */
  columns: Readonly<Record<string, string>>;
  /** Ratings are written on 1..ratingScale (`--rating-scale`, default 5). */
  ratingScale?: number | undefined;
  /** Every review in a single-product export belongs to this product (`--product`). */
  productId?: string | undefined;
  /** Facts a mapping wants said once at the end ("Loox's verified_purchase is merchant-applied"). */
  note(text: string): void;
}

export const review = (value: ImportedReview): Mapped => ({ kind: 'review', value });
export const leftOut = (reason: LeftOutReason): Mapped => ({ kind: 'left-out', reason });
export const bad = (reason: string): Mapped => ({ kind: 'bad', reason });
