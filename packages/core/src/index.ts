/**
 * @candor/core: Candor's engine with no DOM. Config schema and validation, schema.org readers,
 * the genuine-review engine and the honesty computations; runs in browsers and in Node.
 */
export * from './config/index.js';
export * from './schema-org/index.js';
export * from './reviews/index.js';
// The seeded review generator is for tests, benchmarks and demo data. It is exported here but not
// from '@candor/core/reviews', the entry browsers load lazily when they must analyse raw reviews.
export {
  generateReviewSet,
  Random,
  type GeneratorOptions,
  type GeneratedReviewSet,
  type GeneratedTruth,
} from './reviews/generator/index.js';
export * from './honesty/index.js';
export { safeLink, fetchableUrl, MAX_URL_LENGTH } from './security/links.js';
export { toInlineJson } from './security/inline-json.js';
export { idRecord, hasEntry } from './security/id-record.js';
