/**
 * Reviews sent as JSON text (a page's inline `<script type="application/json">`), read where the
 * engine runs: in its Worker, so thousands of reviews are never parsed on the page's main thread.
 * The same sentences as review-data.ts says for the same mistakes in inline JSON.
 */
import type { ReviewInput } from '@candor/core/reviews';

/** The reviews in a widget's inline JSON text. Throws one sentence when it is not JSON or not reviews. */
export function reviewsFromJson(text: string): ReviewInput[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('its inline <script type="application/json"> is not valid JSON');
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { reviews?: unknown }).reviews)
      ? (data as { reviews: unknown[] }).reviews
      : undefined;
  if (!list) throw new Error('the inline JSON is neither a list of reviews, { "reviews": [...] }, nor a review summary');
  return list as ReviewInput[];
}
