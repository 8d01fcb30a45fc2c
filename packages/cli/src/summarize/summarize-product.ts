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
    const review = reviewPart(data, start, end);
    if (review) reviews.push(review);
    else {
      const line = data.toString('utf8', start, end);
      if (line.trim()) {
        const parsed = JSON.parse(line) as { review?: ReviewInput } & ReviewInput;
        reviews.push(parsed.review ?? parsed);
      }
    }
    start = end + 1;
  }
  return reviews;
}

/** How each line of import's output starts (summarize reads the product id from there without parsing the line). */
export const PRODUCT_PREFIX = Buffer.from('{"productId":"');
const REVIEW_KEY = Buffer.from('","review":');

/** Whether data[at..] starts with `expected` (a loop: a native compare costs more for a few bytes). */
export function hasAt(data: Buffer, at: number, expected: Buffer): boolean {
  for (let i = 0; i < expected.length; i++) if (data[at + i] !== expected[i]) return false;
  return true;
}

/**
 * The review of a line in import's form, `{"productId":"<id>","review":<review>}`, parsed on its
 * own: the id is neither decoded nor parsed, and the line's wrapper object is not made. Undefined
 * for any other line, which is then parsed whole: an id with a backslash or a control character,
 * a line with more after the review, or one that does not parse this way (so an error is always
 * the whole line's).
 */
function reviewPart(data: Buffer, start: number, end: number): ReviewInput | undefined {
  if (end - start < PRODUCT_PREFIX.length + REVIEW_KEY.length + 2 || data[end - 1] !== 0x7d || !hasAt(data, start, PRODUCT_PREFIX))
    return undefined;
  let idEnd = start + PRODUCT_PREFIX.length;
  for (let byte = data[idEnd]; byte !== 0x22; byte = data[++idEnd])
    if (byte === undefined || byte < 0x20 || byte === 0x5c) return undefined;
  const reviewStart = idEnd + REVIEW_KEY.length;
  if (reviewStart >= end - 1 || !hasAt(data, idEnd, REVIEW_KEY)) return undefined;
  try {
    // A review of null (or false) would make the whole line's reading fall back to the line itself.
    return (JSON.parse(data.toString('utf8', reviewStart, end - 1)) as ReviewInput | null) || undefined;
  } catch {
    return undefined;
  }
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
