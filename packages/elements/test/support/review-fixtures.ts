/**
 * Realistic review data for the review widgets' tests: the engine's seeded generator (known
 * injected phenomena) run through the real engine, so the widgets render what stores will get.
 */
import { generateReviewSet } from '@candor/core';
import { summarizeReviews, type ReviewInput, type ReviewSummary, type SummaryOptions } from '@candor/core/reviews';
// The theme finder, which the widgets load beside the engine.
import '@candor/core/reviews/themes';

export const ORDER_MATCH: SummaryOptions = {
  verificationMethod: 'order-match',
  store: {
    moderationMethod: 'automated',
    ordering: 'newest',
    incentivesOffered: true,
    incentiveKinds: ['free-product'],
    reviewPolicyUrl: '/policies/reviews',
    fakeReviewPolicyUrl: '/policies/fake-reviews',
  },
};

/** 120 genuine reviews plus incentivized, copied, unverified and burst ones (seed 7). */
export function realisticReviews(count = 120, seed = 7): ReviewInput[] {
  return generateReviewSet({
    seed,
    count,
    incentivizedShare: 0.08,
    duplicateShare: 0.04,
    unverifiedShare: 0.06,
    longTermShare: 0.1,
    bursts: { count: 1, size: 12, polarity: 'high' },
    productId: 'jacket-1',
  }).reviews;
}

export function realisticSummary(count = 120, seed = 7): ReviewSummary {
  return summarizeReviews(realisticReviews(count, seed), ORDER_MATCH);
}

/** Five glowing reviews: the small-sample case. */
export function fiveGlowing(): ReviewInput[] {
  return [
    'Love it, warm and well made.',
    'Perfect fit and great quality.',
    'Excellent jacket, very comfortable.',
    'Great value, would buy again.',
    'Beautiful colour and soft fabric.',
  ].map((content, i) => ({
    id: `g${i + 1}`,
    rating: 5,
    content,
    createdAt: `2025-03-0${i + 1}`,
    isVerifiedPurchase: true,
  }));
}
