import type { ReviewInput } from '../types.js';

/** What an adapter read: the reviews, and every record it could not read with the reason. */
export interface AdapterResult {
  reviews: ReviewInput[];
  problems: { at: string; reason: string }[];
}
