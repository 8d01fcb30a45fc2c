/**
 * @candor/elements: Candor's web components. Importing this entry point defines no tags; import
 * a `*.define.js` module (or `@candor/elements/define/<widget>.js`) for that.
 */
export * from './shared/index.js';
export { CandorHonestyPanel } from './honesty-panel.js';
export { honestyLocales, honestyOwnMessages } from './honesty-panel.messages.js';
export { CandorReviewSummary } from './review-summary.js';
export { summaryMessages } from './review-summary.messages.js';
export { CandorRatingBadge } from './rating-badge.js';
export { badgeMessages } from './rating-badge.messages.js';
export { preloadLocale } from './preload.js';
