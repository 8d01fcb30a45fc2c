/**
 * The code behind "show our work"'s switches, on its own so the script-tag bundle can leave it out
 * of the page: `<candor-review-summary>` imports this module only when a shopper first opens the
 * work or switches a check, never to render.
 *
 * A switch's figures are made ahead, when the browser is idle: once the work is open, those of
 * each switch the shopper can press next (every check switched off or on from the state in force),
 * so the press only renders them. Made in the press's task, they were about half of its script
 * time on a 4x-throttled phone (the first call also compiles this code).
 */
import { recomputeWithout, type Recomputed, type ReviewCheckId } from '@candor/core';
import type { ReviewSummary } from '@candor/core/reviews';

/** Figures made, and whether those of the switches next to them are (or are on their way). */
interface Made {
  recomputed: Recomputed;
  around: boolean;
}
/** By summary, then by the small-sample threshold and the checks switched off. */
const made = new WeakMap<ReviewSummary, Map<string, Made>>();

const keyOf = (disabled: readonly ReviewCheckId[], smallSample: number) => `${smallSample} ${[...disabled].sort().join(' ')}`;

/** The checks a switch can turn off or on in `summary` (those "show our work" gives a switch). */
const switchable = (summary: ReviewSummary) =>
  summary.excluded
    .filter((entry) => entry.mode === 'exclude' && entry.count > 0 && entry.check !== 'checkout-survey')
    .map((entry) => entry.check);

/** `recomputeWithout`, made once for each summary and set of checks; the next presses' figures are then made when idle. */
export function figuresFor(summary: ReviewSummary, disabled: readonly ReviewCheckId[], smallSample: number): Recomputed {
  const figures = make(summary, disabled, smallSample);
  if (!figures.around) {
    figures.around = true;
    // One idle task per switch: together they could make one long task on a large summary.
    for (const check of switchable(summary))
      whenIdle(() => make(summary, disabled.includes(check) ? disabled.filter((id) => id !== check) : [...disabled, check], smallSample));
  }
  return figures.recomputed;
}

function make(summary: ReviewSummary, disabled: readonly ReviewCheckId[], smallSample: number): Made {
  let bySummary = made.get(summary);
  if (!bySummary) made.set(summary, (bySummary = new Map()));
  const key = keyOf(disabled, smallSample);
  let figures = bySummary.get(key);
  if (!figures) bySummary.set(key, (figures = { recomputed: recomputeWithout(summary, disabled, smallSample), around: false }));
  return figures;
}

function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 50);
}
