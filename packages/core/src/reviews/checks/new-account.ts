/**
 * One-review accounts, where the source knows each reviewer's history (`reviewer.reviewCount`).
 * Most one-review accounts are honest first-time buyers, so the flag alone says little; in
 * ReviewMeta's way it matters only when they are over-represented (more of them than
 * `expectedShare`, beyond chance: a one-sided binomial test) and rate differently from the other
 * reviewers beyond chance (Welch's two-sided test, so a 1-star and a 5-star campaign weigh alike).
 * Reviews without a known history are neither flagged nor counted.
 */
import type { PreparedReview } from '../prepare.js';
import { addMoment, emptyMoments, regularizedBeta, welchTest } from '../stats.js';
import type { NewAccountDetails } from '../types.js';

export function findNewAccounts(
  population: PreparedReview[],
  expectedShare: number,
  significance: number,
): { indices: number[]; details: NewAccountDetails } {
  const indices: number[] = [];
  const single = emptyMoments();
  const others = emptyMoments();
  for (let i = 0; i < population.length; i++) {
    const { reviewerReviews, rating } = population[i]!;
    if (reviewerReviews === undefined) continue;
    if (reviewerReviews === 1) {
      indices.push(i);
      addMoment(single, rating);
    } else addMoment(others, rating);
  }
  const known = single.n + others.n;
  // P(X >= observed) for X ~ Binomial(known, expectedShare) is I_p(observed, known - observed + 1).
  const sharePValue = single.n > 0 ? regularizedBeta(expectedShare, single.n, known - single.n + 1) : known > 0 ? 1 : null;
  const ratingPValue = welchTest(single, others)?.pValue ?? null;
  return {
    indices,
    details: {
      known,
      expectedShare,
      sharePValue,
      ratingPValue,
      significant: sharePValue !== null && ratingPValue !== null && sharePValue < significance && ratingPValue < significance,
    },
  };
}
