/**
 * One product's lines to its summary file and its ratings-index entry. Runs in a worker thread
 * (worker.ts) or, for small runs and tests, on the main thread; the bytes are the same either way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { summarizeReviews, type ReviewInput, type ReviewSummary, type SummaryOptions } from '@candor/core/reviews';
// The theme finder registers itself with the engine: without it a summary has no pros and cons.
import '@candor/core/reviews/themes';

/** What ratings.json holds per product: [plain average, checked average, reviews, checked reviews]. */
export type RatingEntry = [number | null, number | null, number, number];

export interface ProductJob {
  productId: string;
  /**
   * The product's NDJSON lines as read (UTF-8, each ending in a newline): bytes cross to a worker
   * without a copy, and each line is decoded there on its own, so a line of plain ASCII stays a
   * one-byte string even when another line of the product has an é.
   */
  bytes: Uint8Array;
  /** The product's name and category from the store config, never shown as a theme. */
  product?: { name?: string; category?: string };
}

export interface ProductResult {
  productId: string;
  entry: RatingEntry;
  invalid: number;
}

/** Averages in the index are cut (never rounded up) to 2 decimals; widgets show at most 1. */
export const floor2 = (value: number | null) => (value === null ? null : Math.floor(value * 100 + 1e-9) / 100);

export function reviewsOf(bytes: Uint8Array): ReviewInput[] {
  const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reviews: ReviewInput[] = [];
  for (let start = 0; start < data.length;) {
    let end = data.indexOf(0x0a, start);
    if (end === -1) end = data.length;
    const line = data.toString('utf8', start, end);
    start = end + 1;
    if (!line.trim()) continue;
    const parsed = JSON.parse(line) as { review?: ReviewInput } & ReviewInput;
    reviews.push(parsed.review ?? parsed);
  }
  return reviews;
}

export function summaryPath(outDir: string, productId: string): string {
  return join(outDir, `${productId}.json`);
}

export function summarizeProduct(job: ProductJob, options: SummaryOptions, outDir: string): ProductResult {
  const summary: ReviewSummary = summarizeReviews(reviewsOf(job.bytes), job.product ? { ...options, product: job.product } : options);
  const path = summaryPath(outDir, job.productId);
  if (job.productId.includes('/')) mkdirSync(dirname(path), { recursive: true });
  // outDir is the run's private staging folder: no reader sees it until the run moves whole files into place.
  writeFileSync(path, `${JSON.stringify(summary)}\n`);
  return {
    productId: job.productId,
    entry: [floor2(summary.rawAverage), floor2(summary.adjustedAverage), summary.total, summary.trustedCount],
    invalid: summary.invalid.length,
  };
}
