export type { ConfigIssue, JsonSchema } from './shape.js';
export {
  configShape,
  CONFIG_VERSIONS,
  ALTERNATIVE_KINDS,
  DISCLOSURE_KINDS,
  VERIFICATION_METHODS,
  MODERATION_METHODS,
  REVIEW_ORDERINGS,
  INCENTIVE_KINDS,
  REVIEW_FORMATS,
  COLOR_SCHEMES,
  type CandorConfig,
  type CandorConfigInput,
  type ProductConfig,
  type CategoryConfig,
  type ReviewsConfig,
  type HonestySection,
} from './schema.js';
export {
  validateConfig,
  parseConfig,
  assertConfig,
  formatIssues,
  CandorConfigError,
  type ConfigResult,
  type DroppedProducts,
  type ValidateOptions,
} from './validate.js';
export { HONESTY_SECTIONS, PRODUCT_ID_PATTERN, USE_UNITS } from './vocabulary.js';
export { defaultConfig } from './defaults.js';
export {
  resolveProductFacts,
  FACT_SOURCES,
  type FactSource,
  type FactLayers,
  type ProductFacts,
  type ResolvedProductFacts,
} from './product-facts.js';
export { configJsonSchema, shapeJsonSchema, CONFIG_SCHEMA_ID } from './json-schema.js';
export {
  coolingOffRequested,
  declaredPolicyOf,
  declaredReviewPolicy,
  declaresAnyPolicy,
  POLICY_FACTS,
  type DeclaredPolicy,
  type PolicyFact,
} from './declared-policy.js';
