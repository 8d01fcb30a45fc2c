/** Unverified: no purchase behind the review at a level the store counts. Only meaningful when the store really checks purchases. */
import type { ReviewCheck } from './check.js';

export const unverified: ReviewCheck<'unverified'> = {
  id: 'unverified',
  defaults: { mode: 'exclude' },
  reason: 'no purchase of the product could be matched to the reviewer',
  flag({ population, options, flag }) {
    if (options.verificationMethod === 'none')
      return { notApplicable: 'the store does not check purchases, so no review can be called verified or unverified' };
    for (let i = 0; i < population.length; i++) {
      const review = population[i]!;
      if (!options.verifiedLevels.includes(review.verification))
        flag(i, {
          check: 'unverified',
          evidence:
            review.verification === 'none'
              ? 'no matching order on record'
              : `verified at the ${review.verification} level, which this store does not count`,
        });
    }
  },
};
