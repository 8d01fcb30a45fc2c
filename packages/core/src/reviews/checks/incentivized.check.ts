/** Incentivized: marked so by the source, or (with `detectInText`) the text admits an incentive (`incentive.ts`). */
import { fullText } from '../prepare.js';
import type { ReviewCheck } from './check.js';
import { INCENTIVE_CUE, INCENTIVE_LANGUAGE_SHIFT } from './cues.js';
import { findIncentiveText } from './incentive.js';

export const incentivized: ReviewCheck<'incentivized'> = {
  id: 'incentivized',
  defaults: { mode: 'exclude', detectInText: true },
  reason: 'the reviewer was given something for the review',
  flag({ population, words, lowerText, flag }, settings) {
    for (let i = 0; i < population.length; i++) {
      const review = population[i]!;
      if (review.incentivizedField === true || review.incentive !== undefined) {
        flag(i, { check: 'incentivized', evidence: `marked as incentivized${review.incentive ? ` (${review.incentive})` : ''}` });
      } else if (settings.detectInText && words.wordCounts[i]! > 0) {
        const lower = lowerText(i);
        const hit = findIncentiveText(lower, (words.cues[i]! & INCENTIVE_CUE) !== 0, words.cues[i]! >> INCENTIVE_LANGUAGE_SHIFT);
        if (hit) {
          const original = fullText(review);
          const match = (original.length === lower.length ? original : lower).slice(hit.start, hit.end);
          flag(i, { check: 'incentivized', evidence: `the review says "${match}"`, match });
        }
      }
    }
  },
};
