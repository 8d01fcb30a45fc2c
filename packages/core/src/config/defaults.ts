/**
 * The config of a store that wrote nothing but `{ "version": 1 }`, written out: a page without a
 * store config needs it for every render, and reading it here spares such a page the validator
 * (the script-tag bundle loads that only with a config). A test checks that it is exactly what
 * the validator makes of `{ "version": 1 }`, so the schema's defaults stay the one source.
 */
import type { CandorConfig } from './schema.js';

/** A fresh copy on every call, as the validator gives one: callers may change theirs. */
export function defaultConfig(): CandorConfig {
  // Records keyed by the store's own names (categories, products, messages) have no prototype, as
  // the validator makes them.
  return {
    version: 1,
    store: {},
    reviews: {
      verification: { method: 'none', counts: ['order-matched', 'platform'] },
      moderation: { method: 'none' },
      ordering: 'newest',
      incentives: { offered: false },
      checks: {
        unverified: { mode: 'exclude' },
        incentivized: { mode: 'exclude', detectInText: true },
        duplicate: { mode: 'exclude', similarity: 0.8, minWords: 8 },
        burst: { mode: 'exclude', quantile: 0.999 },
        insider: { mode: 'exclude' },
        'checkout-survey': { mode: 'exclude' },
        syndicated: { mode: 'exclude' },
        'new-account': { mode: 'flag', expectedShare: 0.2 },
      },
      ratingScale: 5,
      longTermDays: 90,
      smallSample: 10,
      maxSourceBytes: 5_000_000,
    },
    honesty: {
      sections: { costPerUse: true, coolingOff: true, returns: true, notFor: true, alternatives: true, disclosure: true },
      frequentReturnRate: 0.15,
      coolingOffHours: 48,
      categories: Object.create(null) as CandorConfig['honesty']['categories'],
    },
    products: Object.create(null) as CandorConfig['products'],
    theme: { colorScheme: 'auto' },
    messages: Object.create(null) as CandorConfig['messages'],
  };
}
