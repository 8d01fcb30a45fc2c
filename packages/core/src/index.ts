/**
 * @candor/core: Candor's engine with no DOM. Config schema and validation, schema.org readers,
 * the genuine-review engine and the honesty computations; runs in browsers and in Node.
 */
export * from './config/index.js';
export * from './schema-org/index.js';
export * from './reviews/index.js';
export * from './honesty/index.js';
