/**
 * Checkout survey: ratings given at checkout were given before use. In exclude mode they are kept
 * apart from the product's figures (the summary's `checkoutSurvey` section); otherwise they stay in
 * the population, marked, in every mode (off included, where the mark never excludes).
 */
import type { PreparedReview } from '../prepare.js';
import type { CheckSettings } from '../types.js';
import type { ReviewCheck } from './check.js';

export const checkoutSurvey: ReviewCheck<'checkout-survey'> & {
  /** Whether the summary keeps this review out of the population, in its own section. */
  keepsApart: (review: PreparedReview, settings: CheckSettings['checkout-survey']) => boolean;
  /** The flag of each review kept apart. */
  apartEvidence: string;
} = {
  id: 'checkout-survey',
  defaults: { mode: 'exclude' },
  reason: 'rated at checkout, before the product was used',
  reasonKey: 'summary.why.checkoutSurvey',
  flagsWhenOff: true,
  keepsApart: (review, settings) => review.source === 'checkout-survey' && settings.mode === 'exclude',
  apartEvidence: 'rated at checkout, before use; shown apart from the product rating',
  flag({ population, flag }) {
    for (let i = 0; i < population.length; i++)
      if (population[i]!.source === 'checkout-survey') flag(i, { check: 'checkout-survey', evidence: 'rated at checkout, before use' });
    return {
      note: ({ mode, flagged }) =>
        mode === 'flag' ? undefined : `${flagged} ratings given at checkout, shown apart from the product rating`,
    };
  },
};
