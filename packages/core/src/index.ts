/**
 * @candor/core: Candor's engine with no DOM. Config schema and validation, schema.org readers,
 * the genuine-review engine and the honesty computations; runs in browsers and in Node.
 */
export * from './config/index.js';
export * from './schema-org/index.js';
export { REVIEW_CHECK_IDS, CHECK_MODES, type ReviewCheckId, type CheckMode } from './reviews/check-ids.js';
export * from './honesty/index.js';
