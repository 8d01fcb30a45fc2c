import { describe, expect, it } from 'vitest';
import { generateReviewSet, summarizeReviews, type ReviewCheckId, type ReviewInput, type ReviewSummary } from '../../src/index.js';
import '../../src/reviews/theme-finder.js';

const opts = { verificationMethod: 'order-match' as const };
const flaggedBy = (summary: ReviewSummary, check: ReviewCheckId) =>
  new Set(
    Object.entries(summary.reviewFlags)
      .filter(([, flags]) => flags.some((f) => f.check === check))
      .map(([id]) => id),
  );
/** Bursts are judged by what left the adjusted average: a natural busy day is flagged but kept. */
const excludedBy = (summary: ReviewSummary, check: ReviewCheckId) =>
  new Set(
    Object.entries(summary.reviewFlags)
      .filter(([, flags]) => flags.some((f) => f.check === check && f.excludes))
      .map(([id]) => id),
  );

function precisionRecall(found: Set<string>, truth: readonly string[]) {
  const truthSet = new Set(truth);
  const hits = [...found].filter((id) => truthSet.has(id)).length;
  return { precision: found.size ? hits / found.size : 1, recall: truth.length ? hits / truth.length : 1 };
}

describe('detection on generated review sets with known phenomena', () => {
  // 1,500 genuine reviews over two years (about 2.5 a day), with a burst of 60 on one day.
  const seeds = [11, 29, 47];
  it.each(seeds)('seed %i: precision and recall reach 0.95 for incentivized and duplicate, 0.9 for the rest', (seed) => {
    const { reviews, truth } = generateReviewSet({ seed, count: 1500, days: 730, bursts: { count: 1, size: 60 } });
    const summary = summarizeReviews(reviews, opts);
    const checks = [
      ['incentivized', truth.incentivized, 0.95],
      ['duplicate', truth.duplicate, 0.95],
      ['burst', truth.burst, 0.9],
      ['unverified', truth.unverified, 0.9],
      ['syndicated', truth.syndicated, 0.9],
      ['new-account', truth.newAccount, 0.9],
    ] as const;
    for (const [check, expected, bound] of checks) {
      expect(expected.length).toBeGreaterThan(0);
      const { precision, recall } = precisionRecall(check === 'burst' ? excludedBy(summary, check) : flaggedBy(summary, check), expected);
      expect({ check, precision: precision >= bound, recall: recall >= bound }).toEqual({ check, precision: true, recall: true });
    }
    const longTerm = precisionRecall(new Set(summary.longTerm.reviewIds), truth.longTerm);
    expect(longTerm.precision).toBeGreaterThanOrEqual(0.9);
    expect(longTerm.recall).toBeGreaterThanOrEqual(0.9);
    // Honest first-time buyers rate like everyone else: flagged, never taken out.
    const newAccounts = summary.checks.find((c) => c.check === 'new-account')!;
    expect(newAccounts.excluded).toBe(0);
    expect(newAccounts.newAccounts?.significant).toBe(false);
  });

  it.each(seeds)('seed %i: the adjusted average finds the genuine average and the raw one does not', (seed) => {
    const { reviews, truth } = generateReviewSet({ seed, count: 1500, days: 730, bursts: { count: 1, size: 60 } });
    const summary = summarizeReviews(reviews, opts);
    expect(Math.abs(summary.adjustedAverage! - truth.genuineAverage)).toBeLessThan(0.03);
    expect(Math.abs(summary.rawAverage! - truth.genuineAverage)).toBeGreaterThan(0.03);
    expect(summary.total).toBe(reviews.length);
  });
});

describe('symmetry: every check treats a 1-star review exactly as a 5-star one', () => {
  const mirror = (reviews: ReviewInput[]) => reviews.map((r) => ({ ...r, rating: 6 - r.rating }));
  it.each([3, 8, 21])('seed %i: mirrored ratings give the same flags and exclusions', (seed) => {
    const { reviews } = generateReviewSet({
      seed,
      count: 600,
      days: 365,
      bursts: { count: 1, size: 40, polarity: seed % 2 ? 'high' : 'low' },
    });
    const a = summarizeReviews(reviews, opts);
    const b = summarizeReviews(mirror(reviews), opts);
    expect(b.reviewFlags).toEqual(a.reviewFlags);
    expect(b.excluded).toEqual(a.excluded);
    expect(b.trustedCount).toBe(a.trustedCount);
    expect(b.adjustedAverage!).toBeCloseTo(6 - a.adjustedAverage!, 10);
    expect(b.histogram.trusted).toEqual([...a.histogram.trusted].reverse());
    expect(b.confidence.low!).toBeCloseTo(6 - a.confidence.high!, 10);
    // Themes read the text, not the rating.
    expect(b.themes).toEqual(a.themes);
  });
  it('a burst of 1-star reviews is excluded like a burst of 5-star reviews', () => {
    for (const polarity of ['high', 'low'] as const) {
      const { reviews, truth } = generateReviewSet({ seed: 5, count: 600, days: 365, bursts: { count: 1, size: 40, polarity } });
      const summary = summarizeReviews(reviews, opts);
      const burst = summary.checks.find((c) => c.check === 'burst')!;
      expect(burst.excluded).toBeGreaterThanOrEqual(truth.burst.length);
    }
  });
});

describe('determinism', () => {
  it('the same input gives the same summary, also when the input order changes', () => {
    const { reviews } = generateReviewSet({ seed: 99, count: 400 });
    const a = summarizeReviews(reviews, opts);
    expect(JSON.stringify(summarizeReviews(reviews, opts))).toBe(JSON.stringify(a));
    const shuffled = [...reviews].reverse();
    const b = summarizeReviews(shuffled, opts);
    expect(b.reviewFlags).toEqual(a.reviewFlags);
    expect(b.adjustedAverage).toBeCloseTo(a.adjustedAverage!, 12);
    expect(b.excluded).toEqual(a.excluded);
  });
  it('the generator is seeded', () => {
    expect(generateReviewSet({ seed: 4, count: 50 })).toEqual(generateReviewSet({ seed: 4, count: 50 }));
    expect(generateReviewSet({ seed: 4, count: 50 })).not.toEqual(generateReviewSet({ seed: 5, count: 50 }));
  });
});

describe('theme balance', () => {
  const weights: Array<[string, number[]]> = [
    ['mostly happy', [0.05, 0.05, 0.1, 0.3, 0.5]],
    ['J-shaped', [0.2, 0.05, 0.1, 0.2, 0.45]],
    ['mostly unhappy', [0.5, 0.25, 0.1, 0.1, 0.05]],
    ['even', [0.2, 0.2, 0.2, 0.2, 0.2]],
  ];
  it.each(weights)('%s: the complaint share of the themes is within 10 points of the negative-sentence share', (_name, ratingWeights) => {
    for (const seed of [1, 2]) {
      const { reviews } = generateReviewSet({ seed, count: 500, ratingWeights });
      const { themes } = summarizeReviews(reviews, opts);
      expect(themes.pros.length + themes.cons.length).toBeGreaterThan(2);
      expect(Math.abs(themes.complaintShare! - themes.negativeSentenceShare!)).toBeLessThanOrEqual(0.1);
      for (const theme of [...themes.pros, ...themes.cons]) {
        expect(theme.mentions).toBe(new Set(theme.reviewIds).size);
        expect(theme.quotes.length).toBeGreaterThan(0);
      }
    }
  });
  it('mentions count distinct trusted reviews only', () => {
    const { reviews } = generateReviewSet({ seed: 3, count: 300 });
    const summary = summarizeReviews(reviews, opts);
    const excluded = new Set(
      Object.entries(summary.reviewFlags)
        .filter(([, f]) => f.some((x) => x.excludes))
        .map(([id]) => id),
    );
    for (const theme of [...summary.themes.pros, ...summary.themes.cons])
      for (const id of theme.reviewIds) expect(excluded.has(id)).toBe(false);
  });
});
