/**
 * Reviews from schema.org JSON-LD as product pages publish it: Product.review (one or a list) of
 * Review nodes with reviewRating (ratingValue, bestRating, worstRating), author (Person or text),
 * datePublished, name, reviewBody, positiveNotes / negativeNotes (ItemList or text), plus the
 * page's AggregateRating for comparison. Uses the shared traversal in schema-org/find-products.ts.
 *
 * Honesty: JSON-LD says nothing about verification or incentives, so those fields stay unset,
 * and reviews scraped from a page are 'imported' unless the caller says otherwise.
 */
import { asList, findSchemaOrgProducts, hasType, isJsonLdNode, numberOf, textOf, type JsonLdNode } from '../../schema-org/find-products.js';
import type { ReviewInput } from '../types.js';
import type { AdapterResult } from './result.js';

export interface SchemaOrgOptions {
  /** Pick the product whose sku, gtin, mpn, productID or @id equals this; default: the first with reviews. */
  productId?: string;
  ratingScale?: number;
  source?: ReviewInput['source'];
}

export interface SchemaOrgResult extends AdapterResult {
  /** The page's own AggregateRating, if it has one (never to be replaced by an adjusted figure). */
  aggregate?: { ratingValue?: number; reviewCount?: number; ratingCount?: number; bestRating?: number; worstRating?: number };
}

const productIdsOf = (product: JsonLdNode) =>
  ['sku', 'gtin', 'gtin8', 'gtin12', 'gtin13', 'gtin14', 'mpn', 'productID', '@id'].map((key) => textOf(product[key])).filter((v): v is string => v !== undefined);

function notes(value: unknown): string[] {
  const out: string[] = [];
  for (const item of asList(value)) {
    if (typeof item === 'string') {
      if (item.trim()) out.push(item.trim());
    } else if (isJsonLdNode(item)) {
      if (hasType(item, 'ItemList')) out.push(...notes(item.itemListElement));
      else {
        const text = textOf(item.name) ?? textOf(item.description);
        if (text) out.push(text);
      }
    }
  }
  return out;
}

function dateOf(value: unknown): string | undefined {
  const text = textOf(value);
  return text && /^\d{4}-\d{2}-\d{2}/.test(text) ? text : undefined;
}

export function reviewsFromSchemaOrg(jsonLd: unknown, options: SchemaOrgOptions = {}): SchemaOrgResult {
  const problems: AdapterResult['problems'] = [];
  const products = findSchemaOrgProducts(jsonLd);
  const product =
    options.productId !== undefined
      ? products.find((p) => productIdsOf(p).includes(options.productId!))
      : (products.find((p) => asList(p.review ?? p.reviews).length > 0) ?? products[0]);
  if (!product) return { reviews: [], problems: [{ at: '$', reason: options.productId ? `no Product with id ${options.productId}` : 'no Product in the JSON-LD' }] };
  const scale = options.ratingScale ?? 5;
  const reviews: ReviewInput[] = [];
  asList(product.review ?? product.reviews).forEach((node, index) => {
    const at = `review[${index}]`;
    if (!isJsonLdNode(node) || !hasType(node, 'Review')) {
      problems.push({ at, reason: 'not a Review node' });
      return;
    }
    const ratingNode = asList(node.reviewRating).find(isJsonLdNode);
    const value = numberOf(ratingNode?.ratingValue);
    if (value === undefined) {
      problems.push({ at, reason: 'no reviewRating.ratingValue' });
      return;
    }
    const best = numberOf(ratingNode?.bestRating) ?? 5;
    const worst = numberOf(ratingNode?.worstRating) ?? 1;
    const rating = best > worst ? 1 + ((value - worst) / (best - worst)) * (scale - 1) : value;
    const createdAt = dateOf(node.datePublished) ?? dateOf(node.dateCreated);
    if (!createdAt) {
      problems.push({ at, reason: 'no datePublished' });
      return;
    }
    const author = textOf(node.author);
    const title = textOf(node.name);
    const content = textOf(node.reviewBody) ?? textOf(node.description);
    const pros = notes(node.positiveNotes);
    const cons = notes(node.negativeNotes);
    const updatedAt = dateOf(node.dateModified);
    const language = textOf(node.inLanguage);
    reviews.push({
      id: textOf(node['@id']) ?? textOf(node.url) ?? `schema-org-${index + 1}`,
      rating: Math.round(rating * 100) / 100,
      createdAt,
      ...(updatedAt ? { updatedAt } : {}),
      ...(title ? { title } : {}),
      ...(content ? { content } : {}),
      ...(author ? { reviewer: { name: author } } : {}),
      ...(pros.length ? { pros } : {}),
      ...(cons.length ? { cons } : {}),
      ...(language ? { locale: language } : {}),
      source: options.source ?? 'imported',
    });
  });
  const aggregateNode = asList(product.aggregateRating).find(isJsonLdNode);
  const aggregate = aggregateNode && {
    ...(numberOf(aggregateNode.ratingValue) !== undefined ? { ratingValue: numberOf(aggregateNode.ratingValue)! } : {}),
    ...(numberOf(aggregateNode.reviewCount) !== undefined ? { reviewCount: numberOf(aggregateNode.reviewCount)! } : {}),
    ...(numberOf(aggregateNode.ratingCount) !== undefined ? { ratingCount: numberOf(aggregateNode.ratingCount)! } : {}),
    ...(numberOf(aggregateNode.bestRating) !== undefined ? { bestRating: numberOf(aggregateNode.bestRating)! } : {}),
    ...(numberOf(aggregateNode.worstRating) !== undefined ? { worstRating: numberOf(aggregateNode.worstRating)! } : {}),
  };
  return { reviews, problems, ...(aggregate ? { aggregate } : {}) };
}
