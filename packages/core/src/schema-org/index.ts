export { findSchemaOrgProducts, hasType, asList, textOf, numberOf, type JsonLdNode } from './find-products.js';
export { pageProductFacts, productIdsOf, type PageProductFacts } from './product-facts.js';
export {
  buildGraph,
  isType,
  typesOf,
  resolveNode,
  valuesOf,
  STRUCTURED_SYNTAXES,
  type StructuredBlock,
  type StructuredGraph,
  type StructuredSyntax,
  type GraphNode,
} from './graph.js';
export { choosePageProduct, graphProductIds, PRODUCT_TYPES, OTHER_PRODUCT_PROPERTIES, type ProductChoice } from './page-product.js';
export { readPageRatings, type PageRatings, type StatedRating } from './page-ratings.js';
export { readPageStructuredData, type PageReading, type ReadPageOptions } from './read-page.js';
export { parseStructuredNumber, type NumberKind } from './numbers.js';
export { jsonLdText } from './json-ld-text.js';
// The schema.org review adapter lives with the page reader it uses, outside the engine entry, so the
// engine chunk browsers load for raw reviews does not carry the structured-data reader.
export { reviewsFromSchemaOrg, type SchemaOrgOptions, type SchemaOrgResult } from '../reviews/adapters/schema-org.js';
