/**
 * Checkout survey: ratings given at checkout were given before use. In exclude mode summarizeReviews
 * keeps them apart from the product's figures (the summary's `checkoutSurvey` section) and counts
 * them in this check's report; in flag mode they stay in the population, marked; off, the check is
 * not run, like every other check: they stay in the population unmarked. Its loop is the
 * insider's and syndicated's, written out (see syndicated.check.ts).
 */
import type { ReviewCheck } from './check.js';

export const checkoutSurvey: ReviewCheck<'checkout-survey'> = {
  id: 'checkout-survey',
  defaults: { mode: 'exclude' },
  reason: 'rated at checkout, before the product was used',
  flag({ population, flag }) {
    for (let i = 0; i < population.length; i++)
      if (population[i]!.source === 'checkout-survey') flag(i, { check: 'checkout-survey', evidence: 'rated at checkout, before use' });
    return {
      note: ({ mode, flagged }) =>
        mode === 'flag' ? undefined : `${flagged} ratings given at checkout, shown apart from the product rating`,
    };
  },
};
