/**
 * Reviews from schema.org JSON-LD (a file or a fetched page's blocks), through the same reader the
 * widgets use on the page itself (schema-org/read-page.ts): `@graph` and `@id` references,
 * `itemReviewed` both ways, product groups, decimal commas, 4/5/10/100-point scales, undated
 * reviews kept, unique ids. JSON-LD says nothing about verification or incentives, so those stay
 * unset; the source is 'imported' unless the caller says otherwise (the page reader says 'page').
 */
import { readPageStructuredData } from '../../schema-org/read-page.js';
import type { StatedRating } from '../../schema-org/page-ratings.js';
import type { ReviewInput } from '../types.js';
import type { AdapterResult } from './result.js';

export interface SchemaOrgOptions {
  /** Pick the product whose sku, gtin, mpn, productID, @id or url equals this; default: the main product. */
  productId?: string;
  ratingScale?: number;
  source?: ReviewInput['source'];
  /** The page's h1 / og:title, to recognise the main product among several. */
  headings?: readonly string[];
}

export interface SchemaOrgResult extends AdapterResult {
  /** The aggregate the markup states (the plain figure: never to be replaced by a count of listed reviews). */
  stated?: StatedRating;
}

export function reviewsFromSchemaOrg(jsonLd: unknown, options: SchemaOrgOptions = {}): SchemaOrgResult {
  const reading = readPageStructuredData([{ syntax: 'json-ld', data: jsonLd }], {
    ...(options.productId !== undefined ? { productId: options.productId } : {}),
    ...(options.headings ? { headings: options.headings } : {}),
    ratingScale: options.ratingScale ?? 5,
    source: options.source ?? 'imported',
  });
  const problems = reading.unsure ? [{ at: '$', reason: reading.unsure }, ...reading.problems] : reading.problems;
  return { reviews: reading.reviews, problems, ...(reading.stated ? { stated: reading.stated } : {}) };
}
