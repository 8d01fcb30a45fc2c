/**
 * Reviews in other formats (schema.org JSON-LD, Google's product review feed XML, CSV) turned into
 * the engine's ReviewInput by the engine's adapters, which come with the lazily loaded engine entry.
 * CSV columns are expected to carry the ReviewInput field names (id, rating, content, createdAt, ...).
 */
import { reviewsFromSchemaOrg } from '@candor/core';
import type { CsvField, ReviewInput } from '@candor/core/reviews';
import type { ReviewFormat } from './review-data.js';

const CSV_FIELDS: readonly CsvField[] = [
  'id',
  'rating',
  'title',
  'content',
  'createdAt',
  'updatedAt',
  'reviewerId',
  'reviewerName',
  'isVerifiedPurchase',
  'isIncentivized',
  'incentive',
  'orderedAt',
  'deliveredAt',
  'source',
  'helpfulVotes',
  'locale',
  'pros',
  'cons',
  'isInsider',
  'productId',
];

export async function adaptReviews(
  format: Exclude<ReviewFormat, 'candor'>,
  data: unknown,
  productId?: string,
  ratingScale = 5,
): Promise<ReviewInput[]> {
  const engine = await import('@candor/core/reviews');
  const id = productId ? { productId } : {};
  if (format === 'schema-org') {
    let jsonLd = data;
    if (typeof data === 'string') {
      try {
        jsonLd = JSON.parse(data);
      } catch {
        throw new Error('the schema.org reviews are not valid JSON');
      }
    }
    return reviewsFromSchemaOrg(jsonLd, { ...id, ratingScale }).reviews;
  }
  if (typeof data !== 'string') throw new Error(`reviews in the ${format} format must be text`);
  if (format === 'google-feed') return engine.reviewsFromGoogleFeed(data, { ...id, ratingScale }).reviews;
  const columns = Object.fromEntries(CSV_FIELDS.map((field) => [field, field]));
  return engine.reviewsFromCsv(data, { columns, ...id }).reviews;
}
