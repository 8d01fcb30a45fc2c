/**
 * The summary's figures with checks switched off. Switching a check off is the only use of the
 * recompute code, so it is not part of the page: it loads when a shopper first opens "show our
 * work" (or presses a switch), once for every element. Until it is there, nothing is drawn
 * differently; a switch pressed before it arrives takes effect when it does. Once it is there, it
 * makes the figures of the switches the shopper can press next when the browser is idle.
 */
import type { ReviewCheckId } from '@candor/core';
import type { ReviewSummary } from '@candor/core/reviews';
import type { figuresFor } from './recompute.js';

let loadedRecompute: typeof figuresFor | undefined;
let recomputeLoading: Promise<typeof figuresFor> | undefined;
export function loadRecompute(): Promise<typeof figuresFor> {
  recomputeLoading ??= import('./recompute.js').then(
    (module) => (loadedRecompute = module.figuresFor),
    (error: unknown) => {
      recomputeLoading = undefined; // let a later press try again
      throw error;
    },
  );
  return recomputeLoading;
}

/** Loads the recompute code, and has it make the figures of each switch `summary` offers, when idle. */
export function prepareSwitches(summary: ReviewSummary, disabled: readonly ReviewCheckId[], smallSample: number): void {
  loadRecompute().then(
    (figuresFor) => figuresFor(summary, disabled, smallSample),
    () => undefined,
  );
}

export const recomputeLoaded = (): boolean => loadedRecompute !== undefined;

/** The checked figures with the `disabled` checks switched off (as the summary says until the code is here). */
export function figuresWithout(summary: ReviewSummary, disabled: readonly ReviewCheckId[], smallSample: number) {
  const again = disabled.length && loadedRecompute ? loadedRecompute(summary, disabled, smallSample) : undefined;
  const { adjustedAverage, trustedCount, confidence } = again ?? summary;
  return {
    adjustedAverage,
    trustedCount,
    histogram: again ? again.histogram : summary.histogram.trusted,
    smallSample: confidence.smallSample,
    low: confidence.low,
    high: confidence.high,
  };
}

/** A check can be switched off only when the summary carries every flagged review's rating. */
export function canRecompute(summary: ReviewSummary): boolean {
  const ids = Object.keys(summary.reviewFlags);
  return ids.length > 0 && ids.every((id) => typeof summary.flaggedRatings[id] === 'number');
}
