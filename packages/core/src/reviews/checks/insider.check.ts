/**
 * Insider: written by an employee or someone with a brand relation, as the source says. The
 * smallest check, the one to copy: every check module has this shape (the registry's interface).
 */
import type { ReviewCheck } from './check.js';

export const insider: ReviewCheck<'insider'> = {
  id: 'insider',
  defaults: { mode: 'exclude' },
  reason: 'written by an employee or someone with a brand relation',
  flag({ population, flag }) {
    for (let i = 0; i < population.length; i++)
      if (population[i]!.insider) flag(i, { check: 'insider', evidence: 'written by an employee or someone with a brand relation' });
  },
};
