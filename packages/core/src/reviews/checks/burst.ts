/**
 * Rating bursts (ReviewMeta's "rating trend" test). The product's own history gives the expected
 * reviews per day, lambda = reviews / days between its first review and its last (or `now`). A
 * day whose count exceeds the Poisson quantile (99.9% by default; lambda 0.21 allows 3 a day) is
 * high-volume. The burst days' own reviews would inflate lambda, so it is re-estimated without
 * them until the set of burst days stops changing.
 *
 * A busy day alone proves nothing (a newsletter, a sale): burst reviews leave the adjusted average
 * only when Welch's two-sided t-test says their ratings differ from the rest beyond chance
 * (p < 0.01 by default). Two-sided, so a burst of 1-star reviews is treated as one of 5-star ones.
 */
import { addMoment, emptyMoments, poissonQuantile, welchTest } from '../stats.js';
import type { BurstDetails } from '../types.js';

export interface BurstResult {
  /** Indices of reviews posted on high-volume days. */
  indices: number[];
  significant: boolean;
  details: BurstDetails;
}

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

export function findBursts(days: number[], ratings: number[], quantile: number, significance: number, nowDay?: number): BurstResult {
  const counts = new Map<number, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const day of days) {
    counts.set(day, (counts.get(day) ?? 0) + 1);
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (nowDay !== undefined && nowDay > last) last = nowDay;
  const span = days.length ? last - first + 1 : 0;
  let burstDays = new Set<number>();
  let lambda = span > 0 ? days.length / span : 0;
  let limit = poissonQuantile(lambda, quantile);
  for (let round = 0; round < 20 && span > 0; round++) {
    let burstReviews = 0;
    for (const day of burstDays) burstReviews += counts.get(day)!;
    const quietDays = span - burstDays.size;
    if (quietDays <= 0) break;
    lambda = (days.length - burstReviews) / quietDays;
    limit = poissonQuantile(lambda, quantile);
    const next = new Set<number>();
    for (const [day, count] of counts) if (count > limit) next.add(day);
    const same = next.size === burstDays.size && [...next].every((day) => burstDays.has(day));
    burstDays = next;
    if (same) break;
  }
  const indices: number[] = [];
  const inBurst = emptyMoments();
  const rest = emptyMoments();
  for (let i = 0; i < days.length; i++) {
    if (burstDays.has(days[i]!)) {
      indices.push(i);
      addMoment(inBurst, ratings[i]!);
    } else addMoment(rest, ratings[i]!);
  }
  const test = indices.length ? welchTest(inBurst, rest) : null;
  const significant = test !== null && test.pValue < significance;
  return {
    indices,
    significant,
    details: {
      expectedPerDay: lambda,
      dailyLimit: limit,
      days: [...burstDays].sort((a, b) => a - b).map((day) => ({ date: isoDay(day), count: counts.get(day)! })),
      test: test && { ...test, significant },
    },
  };
}
