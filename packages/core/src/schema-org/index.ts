export { findSchemaOrgProducts, hasType, asList, textOf, numberOf, type JsonLdNode } from './find-products.js';
export { pageProductFacts, productIdsOf, type PageProductFacts } from './product-facts.js';
