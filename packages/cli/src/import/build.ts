/**
 * One place where a format's fields become a ReviewInput, so every format treats a missing
 * product, a bad rating or a bad date the same way and reports it in the same words.
 */
import type { ReviewInput, ReviewSource } from '@candor/core/reviews';
import { DateReader, type DateRules } from './dates.js';
import { bad, leftOut, review, type MapContext, type Mapped } from './record.js';
import { emailKey, put, shortHash, str, type RatingResult } from './values.js';

export interface ReviewFields {
  format: string;
  productId?: unknown;
  /** The platform's review id; when it has none, one is made from `idParts` (stable across runs). */
  id?: unknown;
  idParts?: unknown[];
  rating: RatingResult;
  title?: unknown;
  content?: unknown;
  createdAt: unknown;
  updatedAt?: unknown;
  dates?: DateRules;
  reviewerId?: unknown;
  reviewerName?: unknown;
  email?: unknown;
  isVerifiedPurchase?: boolean | undefined;
  isIncentivized?: boolean | undefined;
  incentive?: string | undefined;
  source?: ReviewSource | undefined;
  helpfulVotes?: unknown;
  locale?: string | undefined;
  pros?: string[] | undefined;
  cons?: string[] | undefined;
  isInsider?: boolean | undefined;
  orderId?: unknown;
  orderedAt?: unknown;
  deliveredAt?: unknown;
}

/** The product id a store's candor.json and summary file names use. */
export const PRODUCT_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;

/** A product id whose "/"-separated segments are all real names, so it cannot point outside the output folder. */
export const isSafePath = (productId: string) =>
  // Most ids have no "/": they are then checked as one segment, without splitting.
  productId.includes('/') ? productId.split('/').every(isSafeSegment) : isSafeSegment(productId);

const isSafeSegment = (segment: string) => segment !== '' && segment !== '.' && segment !== '..';

const NO_RULES: DateRules = {};

/** The records' dates, each distinct text read once. */
const dates = new DateReader();

/** The hash an id is made of when the export has none: the product and the record's own parts (see ReviewFields.idParts). */
function stableId(productId: string, content: string | undefined, fields: ReviewFields): string {
  if (fields.idParts) return shortHash(productId, ...fields.idParts.map((part) => str(part)));
  return shortHash(productId, str(fields.createdAt), content, str(fields.email), str(fields.reviewerName));
}

export function buildReview(fields: ReviewFields, context: MapContext): Mapped {
  const productId = context.productId ?? str(fields.productId);
  if (productId === undefined) return leftOut('store review (no product)');
  if (!PRODUCT_ID.test(productId))
    return bad(`product id "${productId.slice(0, 40)}" has characters a product id cannot have (letters, digits and . _ : / - only)`);
  // The id becomes a file path (summaries/<id>.json): no empty, "." or ".." segments.
  if (!isSafePath(productId)) return bad(`product id "${productId.slice(0, 40)}" has an empty, "." or ".." path segment`);
  if (!fields.rating.ok) return bad(fields.rating.reason);
  // One rules object a record only when --date-order overrides the format's: this runs for every record of a catalogue.
  const rules: DateRules = context.dateOrder ? { ...fields.dates, order: context.dateOrder } : (fields.dates ?? NO_RULES);
  const created = dates.read(fields.createdAt, rules);
  if (!created.ok) return bad(created.reason);
  const updated = fields.updatedAt === undefined || fields.updatedAt === '' ? undefined : dates.read(fields.updatedAt, rules);
  const content = str(fields.content);
  const id = str(fields.id) ?? `${fields.format}-${stableId(productId, content, fields)}`;
  const emailHash = emailKey(str(fields.email));
  const reviewerId = str(fields.reviewerId) ?? emailHash;
  const reviewerName = str(fields.reviewerName);
  const ordered = str(fields.orderedAt) ? dates.read(fields.orderedAt, rules) : undefined;
  const delivered = str(fields.deliveredAt) ? dates.read(fields.deliveredAt, rules) : undefined;
  const votes = typeof fields.helpfulVotes === 'number' ? fields.helpfulVotes : Number(str(fields.helpfulVotes) ?? NaN);
  // Mappings read ratings onto 1..5; a store on another scale gets them moved linearly onto 1..ratingScale.
  const scale = context.ratingScale ?? 5;
  const stars = scale === 5 ? fields.rating.rating : 1 + ((fields.rating.rating - 1) * (scale - 1)) / 4;
  const title = str(fields.title);
  // Keys in ReviewInput's order (id, rating, title, content, createdAt, ...), so files read naturally.
  const value: ReviewInput = { id, rating: stars };
  if (title) value.title = title;
  if (content) value.content = content;
  value.createdAt = created.iso;
  if (updated?.ok) value.updatedAt = updated.iso;
  if (reviewerId || reviewerName) {
    const reviewer: NonNullable<ReviewInput['reviewer']> = {};
    put(reviewer, 'id', reviewerId);
    put(reviewer, 'name', reviewerName);
    value.reviewer = reviewer;
  }
  put(value, 'isVerifiedPurchase', fields.isVerifiedPurchase);
  put(value, 'isIncentivized', fields.isIncentivized);
  put(value, 'incentive', fields.incentive);
  value.source = fields.source ?? 'native';
  if (Number.isInteger(votes) && votes >= 0) value.helpfulVotes = votes;
  put(value, 'locale', fields.locale);
  if (fields.pros?.length) value.pros = fields.pros;
  if (fields.cons?.length) value.cons = fields.cons;
  put(value, 'isInsider', fields.isInsider);
  if (ordered?.ok) value.orderedAt = ordered.iso;
  if (delivered?.ok) value.deliveredAt = delivered.iso;
  return review({ productId, review: value, orderId: str(fields.orderId), customerKey: emailHash ?? str(fields.reviewerId) });
}

/** A CSV column for a Candor field: the user's `--map` first, then the format's own header. */
export function column(row: Readonly<Record<string, unknown>>, context: MapContext, field: string, header: string): unknown {
  return row[context.columns[field] ?? header];
}
