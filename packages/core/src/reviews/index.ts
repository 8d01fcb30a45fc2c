/**
 * `@candor/core/reviews`: the genuine-review engine with its input adapters (schema.org, Google's
 * product review feed, CSV), the entry browsers load lazily when they must analyse raw reviews.
 * The seeded review generator is not part of it: it is exported from `@candor/core` only.
 */
export { summarizeReviews } from './summarize.js';
export { recomputeWithout, type Recomputed } from './recompute.js';
export { floorRating, formatRating } from './rating-format.js';
export { summaryOptionsFromConfig, summaryOptionsFromReviewsConfig, DEFAULT_CHECKS } from './options.js';
export { CHECK_REASONS } from './disclosure.js';
export { REVIEW_CHECK_IDS, CHECK_MODES, type ReviewCheckId, type CheckMode } from './check-ids.js';
export {
  REVIEW_SOURCES,
  INCENTIVE_TYPES,
  VERIFICATION_LEVELS,
  type VerificationLevel,
  type NewAccountDetails,
  type ReviewSource,
  type IncentiveType,
  type VerificationMethod,
  type ReviewInput,
  type CheckSettings,
  type SummaryOptions,
  type ReviewFlag,
  type CheckReport,
  type BurstDetails,
  type InvalidReview,
  type Theme,
  type ThemeSummary,
  type ReviewExcerpt,
  type DisclosureFacts,
  type ReviewSummary,
} from './types.js';
export * from './adapters/index.js';
