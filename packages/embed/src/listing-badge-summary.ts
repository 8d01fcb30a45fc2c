/**
 * The listing badge's reader of a product's precomputed summary (reviews.source.summaryUrl), the
 * figures the Lit badge reads from it. A chunk of its own: the listing badge loads it only for a
 * product its ratings index does not list.
 */
import type { Figures } from './listing-badge.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => !!value && typeof value == 'object' && !Array.isArray(value);

/** The badge's figures in a review summary, or undefined when the data is not one. */
export function summaryFigures(data: unknown, smallSample: number): Figures | undefined {
  const summary = (isObject(data) ? data : {}) as Json & { confidence?: unknown };
  const { total, rawAverage, adjustedAverage, trustedCount, ratingScale } = summary;
  const count = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
  const average = (value: unknown): value is number | null =>
    value === null || (typeof value == 'number' && value >= 0 && value <= (ratingScale as number));
  if (
    !count(total) ||
    !count(trustedCount) ||
    trustedCount > total ||
    !count(ratingScale) ||
    !average(rawAverage) ||
    !average(adjustedAverage)
  )
    return undefined;
  return {
    rating: total ? rawAverage : null,
    count: total,
    checked: adjustedAverage,
    checkedCount: trustedCount,
    scale: ratingScale,
    small: isObject(summary.confidence) ? summary.confidence['smallSample'] === true : trustedCount < smallSample,
  };
}
