/**
 * Google's Product Reviews feed (XML): <feed><reviews><review> with review_id, reviewer/name,
 * review_timestamp, title, content, pros/pro, cons/con, ratings/overall (min, max attributes),
 * products/product/product_ids (skus, gtins, mpns), is_spam, is_verified_purchase,
 * is_incentivized_review, collection_method. Ratings on another scale are mapped linearly onto
 * 1..ratingScale. Reviews marked is_spam are left out and reported.
 */
import { child, childrenNamed, childText, parseXml, XmlError, type XmlElement } from './xml.js';
import type { AdapterResult } from './result.js';
import type { ReviewInput } from '../types.js';

export interface GoogleFeedOptions {
  /** Keep only reviews of a product with this SKU, GTIN or MPN. */
  productId?: string;
  ratingScale?: number;
  /** Source to record: a feed from another platform is 'imported' (default). */
  source?: ReviewInput['source'];
}

const bool = (value: string | undefined) =>
  value === undefined ? undefined : /^(true|1|yes)$/i.test(value) ? true : /^(false|0|no)$/i.test(value) ? false : undefined;

function productIds(review: XmlElement): string[] {
  const ids: string[] = [];
  for (const product of childrenNamed(child(review, 'products'), 'product')) {
    const set = child(product, 'product_ids');
    for (const group of ['skus', 'gtins', 'mpns', 'asins'])
      for (const id of set ? (child(set, group)?.children ?? []) : []) if (id.text.trim()) ids.push(id.text.trim());
  }
  return ids;
}

export function reviewsFromGoogleFeed(xml: string, options: GoogleFeedOptions = {}): AdapterResult {
  const problems: AdapterResult['problems'] = [];
  const reviews: ReviewInput[] = [];
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return { reviews, problems: [{ at: '$', reason: error instanceof XmlError ? `not XML: ${error.message}` : 'not XML' }] };
  }
  const scale = options.ratingScale ?? 5;
  const list = root.name === 'reviews' ? root : child(root, 'reviews');
  childrenNamed(list, 'review').forEach((review, index) => {
    const at = `review[${index}]`;
    const id = childText(review, 'review_id');
    if (options.productId !== undefined && !productIds(review).includes(options.productId)) return;
    if (bool(childText(review, 'is_spam')) === true) {
      problems.push({ at, reason: `review ${id ?? '(no id)'} is marked as spam in the feed` });
      return;
    }
    const overall = child(child(review, 'ratings'), 'overall');
    const value = Number(overall?.text.trim());
    const min = Number(overall?.attributes.min ?? 1);
    const max = Number(overall?.attributes.max ?? 5);
    if (!id || !overall || !Number.isFinite(value) || !(max > min)) {
      problems.push({ at, reason: !id ? 'no review_id' : 'no readable ratings/overall' });
      return;
    }
    const rating = 1 + ((value - min) / (max - min)) * (scale - 1);
    const pros = childrenNamed(child(review, 'pros'), 'pro')
      .map((p) => p.text.trim())
      .filter(Boolean);
    const cons = childrenNamed(child(review, 'cons'), 'con')
      .map((c) => c.text.trim())
      .filter(Boolean);
    const reviewer = child(review, 'reviewer');
    const name = childText(reviewer, 'name');
    const anonymous = child(reviewer, 'name')?.attributes.is_anonymous === 'true';
    const reviewerId = childText(reviewer, 'reviewer_id');
    const verified = bool(childText(review, 'is_verified_purchase'));
    const incentivized = bool(childText(review, 'is_incentivized_review'));
    const title = childText(review, 'title');
    const content = childText(review, 'content');
    const createdAt = childText(review, 'review_timestamp') ?? '';
    reviews.push({
      id,
      rating: Math.round(rating * 100) / 100,
      createdAt,
      ...(title ? { title } : {}),
      ...(content ? { content } : {}),
      ...((name && !anonymous) || reviewerId
        ? { reviewer: { ...(reviewerId ? { id: reviewerId } : {}), ...(name && !anonymous ? { name } : {}) } }
        : {}),
      ...(verified !== undefined ? { isVerifiedPurchase: verified } : {}),
      ...(incentivized !== undefined ? { isIncentivized: incentivized } : {}),
      ...(pros.length ? { pros } : {}),
      ...(cons.length ? { cons } : {}),
      source: options.source ?? 'imported',
      ...(review.attributes['xml:lang'] ? { locale: review.attributes['xml:lang'] } : {}),
    });
  });
  if (!list) problems.push({ at: '$', reason: 'no <reviews> element' });
  return { reviews, problems };
}
