/**
 * The review checks Candor knows, named once. The store config, the engine, the summary and the
 * widgets all take their check ids and modes from these lists.
 */
export const REVIEW_CHECK_IDS = [
  'unverified',
  'incentivized',
  'duplicate',
  'burst',
  'insider',
  'checkout-survey',
  'syndicated',
  'new-account',
] as const;
export type ReviewCheckId = (typeof REVIEW_CHECK_IDS)[number];

/**
 * What a check does with a review that fails it:
 * - `exclude`: counted, shown, and left out of the adjusted average;
 * - `flag`: counted and shown, but kept in the adjusted average;
 * - `off`: not run at all.
 */
export const CHECK_MODES = ['exclude', 'flag', 'off'] as const;
export type CheckMode = (typeof CHECK_MODES)[number];

/**
 * What stands behind one review's "verified": the store matched an order (`order-matched`), the
 * review app or feed says verified buyer (`platform`: Loox's merchant-applied badge, a feed's
 * is_verified_purchase), or nothing (`none`). The store config says which levels count.
 */
export const VERIFICATION_LEVELS = ['order-matched', 'platform', 'none'] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];
