/** The genuine-review engine. Adapters and the generator are separate entry points (they tree-shake away). */
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
