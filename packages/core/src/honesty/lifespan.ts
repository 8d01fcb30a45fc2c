/**
 * What long-term owners imply about lifespan. The review engine reports, per long-term review,
 * how long the owner has used the product (or says it lasted); here they become a range shown
 * beside the merchant's figure. The range is simply lowest to highest, with how many owners it
 * rests on, because a shopper can check that by reading the reviews; below `minReports` owners
 * there is no range at all rather than a confident-looking one.
 */
import { costPerUse, type CostPerUse, type UseFacts } from './cost-per-use.js';

export interface LifespanRange {
  minYears: number;
  maxYears: number;
  /** How many long-term reports the range rests on. */
  reports: number;
}

export const MIN_LIFESPAN_REPORTS = 3;

/** Lowest to highest reported lifespan in years; non-finite or non-positive reports are ignored. */
export function lifespanRange(years: readonly number[] | undefined, minReports = MIN_LIFESPAN_REPORTS): LifespanRange | undefined {
  const valid = (years ?? []).filter((value) => Number.isFinite(value) && value > 0);
  if (valid.length < Math.max(1, minReports)) return undefined;
  return { minYears: Math.min(...valid), maxYears: Math.max(...valid), reports: valid.length };
}

export interface CostPerUseRange {
  /** Cost per use if it lasts as long as the longest report (the low end). */
  low: CostPerUse;
  /** Cost per use if it lasts as short as the shortest report (the high end). */
  high: CostPerUse;
  range: LifespanRange;
}

/**
 * The cost per use the owners' range implies. Needs uses per year: given, or derived from the
 * merchant's expected uses over the merchant's lifespan.
 */
export function costPerUseRange(facts: UseFacts, range: LifespanRange, fallbackCurrency?: string): CostPerUseRange | undefined {
  const perYear =
    facts.usesPerYear ??
    (facts.expectedUses !== undefined && facts.lifespanYears !== undefined && facts.lifespanYears > 0
      ? facts.expectedUses / facts.lifespanYears
      : undefined);
  if (perYear === undefined || !(perYear > 0)) return undefined;
  const at = (years: number) =>
    costPerUse({ price: facts.price, currency: facts.currency, lifespanYears: years, usesPerYear: perYear }, fallbackCurrency);
  const low = at(range.maxYears);
  const high = at(range.minYears);
  return low.ok && high.ok ? { low: low.value, high: high.value, range } : undefined;
}
