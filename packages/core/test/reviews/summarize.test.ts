import { describe, expect, it } from 'vitest';
import { summarizeReviews, type ReviewInput } from '../../src/index.js';
import '../../src/reviews/theme-finder.js';

const review = (id: string, rating: number, content: string, extra: Partial<ReviewInput> = {}): ReviewInput => ({
  id,
  rating,
  content,
  createdAt: '2025-03-01',
  ...extra,
});

describe('summarizeReviews', () => {
  it('gives an honest empty summary for no reviews', () => {
    const summary = summarizeReviews([]);
    expect(summary.total).toBe(0);
    expect(summary.rawAverage).toBeNull();
    expect(summary.adjustedAverage).toBeNull();
    expect(summary.trustedCount).toBe(0);
    expect(summary.confidence.smallSample).toBe(true);
    expect(summary.themes.pros).toEqual([]);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('keeps the raw average beside the adjusted one and counts exclusions by check', () => {
    const summary = summarizeReviews([
      review('a', 5, 'I received this for free in exchange for my honest review. Love it.'),
      review('b', 3, 'The zipper is fine but the sleeves are short.'),
      review('c', 4, 'Warm and comfortable jacket, good value.'),
    ]);
    expect(summary.total).toBe(3);
    expect(summary.rawAverage).toBe(4);
    expect(summary.adjustedAverage).toBe(3.5);
    expect(summary.trustedCount).toBe(2);
    expect(summary.excluded.find((e) => e.check === 'incentivized')?.count).toBe(1);
    expect(summary.reviewFlags.a?.[0]).toMatchObject({ check: 'incentivized', match: 'in exchange for my honest review', excludes: true });
  });
});
