/**
 * Rating bursts (ReviewMeta's "rating trend" test). The product's own history gives the expected
 * reviews per day, lambda = reviews / days between its first review and its last (or `now`). A
 * day whose count exceeds the Poisson quantile (99.9% by default; lambda 0.21 allows 3 a day) is
 * high-volume. The burst days' own reviews would inflate lambda, so it is re-estimated without
 * them until the set of burst days stops changing.
 *
 * A busy day alone proves nothing (a newsletter, a sale, or plain chance: over two years of history
 * a 99.9% limit is passed on about one quiet day): a burst day's reviews leave the adjusted average
 * only when Welch's two-sided t-test says that day's ratings differ from all non-burst reviews
 * beyond chance (p < 0.01, divided by the number of burst days so that testing many days does not
 * make a false alarm likely). Two-sided, so a burst of 1-star reviews is treated as one of 5-star
 * ones.
 */
import { addMoment, emptyMoments, poissonQuantile, welchTest } from '../stats.js';
import type { BurstDetails } from '../types.js';

export interface BurstResult {
  /** Indices of reviews posted on high-volume days. */
  indices: number[];
  /** Burst days whose ratings differ from the rest beyond chance. */
  significantDays: Set<number>;
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
  const rest = emptyMoments();
  const perDay = new Map<number, ReturnType<typeof emptyMoments>>();
  for (const day of burstDays) perDay.set(day, emptyMoments());
  for (let i = 0; i < days.length; i++) {
    const moments = perDay.get(days[i]!);
    if (moments) {
      indices.push(i);
      addMoment(moments, ratings[i]!);
    } else addMoment(rest, ratings[i]!);
  }
  const threshold = burstDays.size ? significance / burstDays.size : significance;
  const significantDays = new Set<number>();
  const dayDetails = [...burstDays]
    .sort((a, b) => a - b)
    .map((day) => {
      const moments = perDay.get(day)!;
      const test = welchTest(moments, rest);
      const significant = test !== null && test.pValue < threshold;
      if (significant) significantDays.add(day);
      return {
        date: isoDay(day),
        count: counts.get(day)!,
        average: moments.sum / moments.n,
        pValue: test ? test.pValue : null,
        significant,
      };
    });
  return {
    indices,
    significantDays,
    details: { expectedPerDay: lambda, dailyLimit: limit, significance: threshold, days: dayDetails },
  };
}
