/**
 * Cost per use: the price spread over the uses a product gets in its life.
 *
 * Honest rounding: a lower cost per use flatters the purchase, so the per-use amount is always
 * rounded UP to the currency's smallest unit (never to nearest, never down), and the expected
 * number of uses is rounded DOWN when it comes from lifespan × uses per year. A result that had
 * to be rounded is marked `approximate` so the widget says "about"; a result below the smallest
 * unit is marked `lessThanMinorUnit` so the widget says "less than 0.01" instead of inventing one.
 */

/** The facts cost per use needs; any of them may be missing. */
export interface UseFacts {
  price?: number | undefined;
  currency?: string | undefined;
  expectedUses?: number | undefined;
  lifespanYears?: number | undefined;
  usesPerYear?: number | undefined;
}

export const USES_BASES = ['expectedUses', 'lifespan'] as const;
export type UsesBasis = (typeof USES_BASES)[number];

export interface ExpectedUses {
  /** Whole uses, never more than the facts support. */
  uses: number;
  basis: UsesBasis;
  /** The lifespan the uses are spread over, when known. */
  lifespanYears?: number;
}

/** Why no cost per use could be given; the panel then leaves the section out. */
export const COST_PER_USE_GAPS = ['no-price', 'no-uses', 'free', 'invalid-currency'] as const;
export type CostPerUseGap = (typeof COST_PER_USE_GAPS)[number];

export interface CostPerUse {
  /** Per-use amount in currency units, rounded up to the currency's minor unit. */
  amount: number;
  /** The unrounded quotient, for "show your work" and tests. */
  exact: number;
  currency: string;
  /** Digits after the decimal point for this currency (JPY 0, EUR 2, KWD 3). */
  fractionDigits: number;
  /** True when `amount` differs from `exact`: say "about". */
  approximate: boolean;
  /** True when the exact amount is below one minor unit: say "less than <amount>". */
  lessThanMinorUnit: boolean;
  price: number;
  uses: ExpectedUses;
}

export type CostPerUseResult = { ok: true; value: CostPerUse } | { ok: false; gap: CostPerUseGap };

const isPositive = (value: number | undefined): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/** Expected uses: an explicit total wins; else lifespan × uses per year, rounded down. */
export function expectedUsesOf(facts: UseFacts): ExpectedUses | undefined {
  const lifespan = isPositive(facts.lifespanYears) ? { lifespanYears: facts.lifespanYears } : {};
  if (isPositive(facts.expectedUses)) {
    const uses = Math.floor(facts.expectedUses);
    return uses >= 1 ? { uses, basis: 'expectedUses', ...lifespan } : undefined;
  }
  if (isPositive(facts.lifespanYears) && isPositive(facts.usesPerYear)) {
    // Round the product of two decimals through 1e-9 first so 0.1 × 30 is 3, not 2.9999.
    const uses = Math.floor(Math.round(facts.lifespanYears * facts.usesPerYear * 1e9) / 1e9);
    return uses >= 1 ? { uses, basis: 'lifespan', lifespanYears: facts.lifespanYears } : undefined;
  }
  return undefined;
}

const digitsCache = new Map<string, number>();

/** Minor-unit digits of an ISO 4217 currency, from Intl (so JPY is 0 and BHD is 3); undefined if unknown to Intl. */
export function currencyFractionDigits(currency: string): number | undefined {
  if (!/^[A-Z]{3}$/.test(currency)) return undefined;
  const cached = digitsCache.get(currency);
  if (cached !== undefined) return cached;
  try {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
    return digits;
  } catch {
    return undefined;
  }
}

/** Divides in whole minor units, so the rounding is exact integer arithmetic, not float luck. */
export function costPerUse(facts: UseFacts, fallbackCurrency?: string): CostPerUseResult {
  if (typeof facts.price !== 'number' || !Number.isFinite(facts.price) || facts.price < 0) return { ok: false, gap: 'no-price' };
  const uses = expectedUsesOf(facts);
  if (!uses) return { ok: false, gap: 'no-uses' };
  if (facts.price === 0) return { ok: false, gap: 'free' };
  const currency = facts.currency ?? fallbackCurrency;
  const fractionDigits = currency === undefined ? undefined : currencyFractionDigits(currency);
  if (currency === undefined || fractionDigits === undefined) return { ok: false, gap: 'invalid-currency' };
  const scale = 10 ** fractionDigits;
  // A price is stated in whole minor units; Math.round only removes float noise (89.99 * 100).
  const priceMinor = Math.round(facts.price * scale);
  const perUseMinor = Math.ceil(priceMinor / uses.uses);
  const exact = facts.price / uses.uses;
  return {
    ok: true,
    value: {
      amount: perUseMinor / scale,
      exact,
      currency,
      fractionDigits,
      approximate: priceMinor % uses.uses !== 0,
      lessThanMinorUnit: priceMinor < uses.uses,
      price: facts.price,
      uses,
    },
  };
}
