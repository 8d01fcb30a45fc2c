/**
 * Syndicated: shared from another shop, the brand or a related product, as the source says.
 * Its loop is the insider check's, written out: a shared helper measured 61 B more brotli in the engine chunk.
 */
import type { ReviewCheck } from './check.js';

export const syndicated: ReviewCheck<'syndicated'> = {
  id: 'syndicated',
  defaults: { mode: 'exclude' },
  reason: 'shared from another shop, the brand or a related product',
  flag({ population, flag }) {
    for (let i = 0; i < population.length; i++)
      if (population[i]!.source === 'syndicated')
        flag(i, { check: 'syndicated', evidence: 'shared from another shop, the brand or a related product' });
  },
};
