/** The facts Candor needs from a schema.org Product: what the page already states. */
import { asList, findSchemaOrgProducts, hasType, isJsonLdNode, numberOf, textOf, type JsonLdNode } from './find-products.js';

export interface PageProductFacts {
  productId?: string;
  name?: string;
  category?: string;
  price?: number;
  currency?: string;
}

/** Ids a page may use for the product: sku, productID, mpn, gtin*, @id. */
export function productIdsOf(product: JsonLdNode): string[] {
  return ['sku', 'productID', 'mpn', 'gtin', 'gtin13', 'gtin12', 'gtin14', 'gtin8', '@id']
    .map((key) => textOf(product[key]))
    .filter((id): id is string => id !== undefined);
}

/**
 * Picks the Product node for a product id (any of its ids), or the only/first Product when no id
 * is given, and reads its facts. Offers may be an Offer, an AggregateOffer (lowPrice) or a list.
 */
export function pageProductFacts(jsonLd: unknown, productId?: string): PageProductFacts | undefined {
  const products = findSchemaOrgProducts(jsonLd);
  const product = productId === undefined ? products[0] : products.find((node) => productIdsOf(node).includes(productId));
  if (!product) return undefined;
  const facts: PageProductFacts = {};
  const id = productIdsOf(product)[0];
  if (id !== undefined) facts.productId = id;
  const name = textOf(product['name']);
  if (name !== undefined) facts.name = name;
  const category = textOf(product['category']);
  if (category !== undefined) facts.category = category;
  const offer = asList(product['offers']).find(isJsonLdNode);
  if (offer) {
    const price = numberOf(
      hasType(offer, 'AggregateOffer') ? (offer['lowPrice'] ?? offer['price']) : (offer['price'] ?? priceSpecification(offer)),
    );
    if (price !== undefined && price >= 0) facts.price = price;
    const currency = textOf(offer['priceCurrency']) ?? textOf(asList(offer['priceSpecification']).find(isJsonLdNode)?.['priceCurrency']);
    if (currency !== undefined && /^[A-Z]{3}$/.test(currency)) facts.currency = currency;
  }
  return facts;
}

function priceSpecification(offer: JsonLdNode): unknown {
  return asList(offer['priceSpecification']).find(isJsonLdNode)?.['price'];
}
