/**
 * Bursts: reviews posted on a day far busier than the product's history leads to expect; they
 * leave the adjusted rating only from busy days whose ratings differ from the rest beyond chance
 * (`burst.ts`).
 */
import { DAY_MS, type PreparedReview } from '../prepare.js';
import type { InvalidReview } from '../types.js';
import type { ReviewCheck } from './check.js';
import { findBursts } from './burst.js';

export const burst: ReviewCheck<'burst'> = {
  id: 'burst',
  defaults: { mode: 'exclude', quantile: 0.999 },
  reason: 'posted on an unusually busy day whose ratings differ from the rest beyond chance',
  flag({ population, options, invalid, input, flag }, settings) {
    if (population.length === 0) return;
    // One review dated 2999 or 1970 would stretch the history to centuries and make every real
    // day look busy: such dates are reported and left out of the burst check.
    const timed = datedPlausibly(population, options.nowDay, invalid, input);
    const found = findBursts(
      timed.map((i) => population[i]!.day),
      timed.map((i) => population[i]!.rating),
      settings.quantile,
      options.burstSignificance,
      options.nowDay,
    );
    found.indices = found.indices.map((j) => timed[j]!);
    const limit = found.details.dailyLimit;
    // A big product's busy days hold thousands of reviews: each day's evidence is written once.
    // Every flagged review's day is one of `details.days`, whose dates are UTC midnights.
    const evidenceByDay = new Map(
      found.details.days.map((d) => [
        Date.parse(d.date) / DAY_MS,
        `posted on ${d.date}, a day with ${d.count} reviews where at most ${limit} are expected`,
      ]),
    );
    for (const i of found.indices) flag(i, { check: 'burst', evidence: evidenceByDay.get(population[i]!.day)! });
    return {
      excludes: (i) => found.significantDays.has(population[i]!.day),
      note: ({ mode, flagged, excluded }) =>
        mode === 'flag' || excluded >= flagged
          ? undefined
          : excluded === 0
            ? `${flagged} posted on unusually busy days, kept: their ratings do not differ from the rest beyond chance`
            : `${excluded} left out of the adjusted rating (busy days whose ratings differ from the rest beyond chance); ${flagged - excluded} kept from busy days whose ratings do not`,
      details: { burst: found.details },
    };
  },
};

/** Day of the first online customer reviews (1995): an earlier createdAt is a placeholder or an error. */
const FIRST_REVIEW_DAY = Math.floor(Date.UTC(1995, 0, 1) / DAY_MS);

/**
 * Positions in `population` whose createdAt is plausible: not after tomorrow (from `nowDay`, else
 * the clock) and not before 1995. Each other one gets a note in `invalid`.
 */
function datedPlausibly(
  population: readonly PreparedReview[],
  nowDay: number | undefined,
  invalid: InvalidReview[],
  input: unknown,
): number[] {
  const latest = (nowDay ?? Math.floor(Date.now() / DAY_MS)) + 1;
  let positions: Map<unknown, number> | undefined;
  const positionOf = (id: string): number => {
    positions ??= new Map(Array.isArray(input) ? input.map((raw, index) => [(raw as { id?: unknown } | null)?.id, index] as const) : []);
    return positions.get(id) ?? -1;
  };
  const plausible: number[] = [];
  population.forEach((review, i) => {
    // Undated reviews are kept but have no day for the time-based checks.
    if (Number.isNaN(review.day)) return;
    if (review.day >= FIRST_REVIEW_DAY && review.day <= latest) return void plausible.push(i);
    const date = new Date(review.day * DAY_MS).toISOString().slice(0, 10);
    invalid.push({
      index: positionOf(review.id),
      id: review.id,
      field: 'createdAt',
      reason: `createdAt ${date} is ${review.day > latest ? 'in the future' : 'before 1995'}; the review counts, but not in the time-based checks`,
      action: 'field-ignored',
    });
  });
  return plausible;
}
