/**
 * "Show your work": a shopper switches a check off and sees the adjusted rating without it. The
 * summary carries every flagged review's rating and flags, so this needs neither the review text
 * nor the engine's text code: it is a few additions over the histograms, cheap in any widget.
 * Themes and long-term figures are not recomputed (they need the text); a widget should say so.
 */
import type { ReviewCheckId } from './check-ids.js';
import { wilsonInterval } from './stats.js';
import type { ReviewSummary } from './types.js';

export interface Recomputed {
  adjustedAverage: number | null;
  trustedCount: number;
  histogram: number[];
  excluded: { check: ReviewCheckId; count: number }[];
  confidence: { low: number | null; high: number | null; smallSample: boolean };
  disabled: ReviewCheckId[];
}

/**
 * The adjusted figures with `disabled` checks switched off. Ratings given at checkout stay apart
 * whatever is switched off: they are not part of the product's reviews.
 */
export function recomputeWithout(summary: ReviewSummary, disabled: readonly ReviewCheckId[], smallSample = 10): Recomputed {
  const off = new Set<ReviewCheckId>(disabled.filter((check) => check !== 'checkout-survey'));
  const scale = summary.ratingScale;
  const histogram = [...summary.histogram.raw];
  const counts = new Map<ReviewCheckId, number>();
  for (const [id, flags] of Object.entries(summary.reviewFlags)) {
    const rating = summary.flaggedRatings[id];
    if (rating === undefined) continue;
    if (flags.some((flag) => flag.check === 'checkout-survey' && flag.excludes)) continue; // never in raw
    const remaining = flags.filter((flag) => flag.excludes && !off.has(flag.check));
    for (const flag of remaining) counts.set(flag.check, (counts.get(flag.check) ?? 0) + 1);
    if (remaining.length) histogram[Math.min(scale, Math.max(1, Math.floor(rating + 1e-9))) - 1]!--;
  }
  // The histogram counts whole stars; the exact average comes from the raw sum less the excluded ratings.
  let trustedCount = 0;
  for (const count of histogram) trustedCount += count;
  let sum = (summary.rawAverage ?? 0) * summary.total;
  for (const [id, flags] of Object.entries(summary.reviewFlags)) {
    const rating = summary.flaggedRatings[id];
    if (rating === undefined || flags.some((flag) => flag.check === 'checkout-survey' && flag.excludes)) continue;
    if (flags.some((flag) => flag.excludes && !off.has(flag.check))) sum -= rating;
  }
  const adjustedAverage = trustedCount ? sum / trustedCount : null;
  const interval = adjustedAverage === null ? null : wilsonInterval(adjustedAverage, trustedCount, scale);
  return {
    adjustedAverage,
    trustedCount,
    histogram,
    excluded: summary.excluded.map(({ check }) => ({ check, count: off.has(check) ? 0 : (counts.get(check) ?? 0) })),
    confidence: { low: interval?.low ?? null, high: interval?.high ?? null, smallSample: trustedCount < smallSample },
    disabled: [...off],
  };
}
